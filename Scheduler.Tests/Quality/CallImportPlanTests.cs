using Scheduler.Api.Features.Calls;
using Scheduler.Solver.Quality;
using static Scheduler.Tests.Quality.QualityTestData;

namespace Scheduler.Tests.Quality;

public sealed class CallImportPlanTests
{
    [Fact]
    public void Classify_NewChangedAndSame_InsertReplaceAndSkip()
    {
        var offered = At(2026, 3, 2, 9, 0);
        var stored = new Dictionary<string, CallRecord>
        {
            ["same"] = Answered("same", offered, 10, 600),
            ["changed"] = Abandoned("changed", offered, 30),
        };
        var incoming = new[] { Answered("same", offered, 10, 600), Answered("changed", offered, 40, 300), Abandoned("new", offered, 3) };

        var plan = CallImportPlan.Classify(incoming, stored);

        Assert.Equal(["new"], plan.Inserts.Select(r => r.CallId));
        var (before, after) = Assert.Single(plan.Replacements);
        Assert.False(before.IsAnswered);
        Assert.True(after.IsAnswered);
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void Classify_SameFileTwice_SecondImportWritesNothing()
    {
        var parsed = CallCsvParser.Parse("""
            call_id,channel,offered_at,answered_at,ended_at,listener_id
            c1,phone,2026-03-02T09:00:00.123456789+01:00,2026-03-02T09:00:20+01:00,2026-03-02T09:15:00+01:00,L1
            c2,chat,2026-03-02T08:05:00Z,,2026-03-02T08:06:00Z,
            """);
        var first = CallImportPlan.Classify(parsed.Records, new Dictionary<string, CallRecord>());
        var stored = first.Inserts.ToDictionary(r => r.CallId);

        var second = CallImportPlan.Classify(parsed.Records, stored).ToResult(parsed);

        Assert.Equal(2, first.Inserts.Count);
        Assert.Equal((0, 0, 2), (second.Accepted, second.Replaced, second.Unchanged));
    }
}
