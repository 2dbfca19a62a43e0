using System.Text.Json;
using Scheduler.Api.Features.Calls;
using Scheduler.Solver.Quality;

namespace Scheduler.Tests.Quality;

public sealed class CallBatchRequestTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Validate_JsonBatch_SameRulesAsCsv()
    {
        var request = JsonSerializer.Deserialize<CallBatchRequest>("""
            {"calls": [
              {"callId": "c1", "channel": "phone", "offeredAt": "2026-03-02T09:00:00+01:00", "answeredAt": "2026-03-02T09:00:20+01:00",
               "endedAt": "2026-03-02T09:15:00+01:00", "listenerId": "L1", "callerNumber": "+33612345678", "queue": "main"},
              {"callId": "c2", "channel": "sms", "offeredAt": "2026-03-02T09:00:00+01:00", "endedAt": "2026-03-02T09:01:00+01:00"},
              {"callId": "c3", "channel": "chat", "offeredAt": "2026-03-02T09:00:00+01:00", "endedAt": "2026-03-02T09:01:00+01:00", "listenerId": "L2"}
            ]}
            """, Web)!;

        var result = request.Validate();

        Assert.Equal(["c1"], result.Records.Select(r => r.CallId));
        Assert.Equal([(2, CallRowReasons.UnknownChannel), (3, CallRowReasons.ListenerWithoutAnswer)], result.Rejected.Select(p => (p.Line, p.Reason)));
        Assert.Equal(["callerNumber"], result.DroppedColumns);
        Assert.Equal(["queue"], result.IgnoredColumns);
    }

    [Fact]
    public void Validate_EmptyBatch_Refused() =>
        Assert.True(new CallBatchRequest([]).Validate().IsRefused);

    [Fact]
    public void Validate_TooManyCalls_Refused()
    {
        var calls = Enumerable.Range(0, CallBatchRequest.MaxCalls + 1)
            .Select(i => new CallRecordDto($"c{i}", "phone", "2026-03-02T09:00:00Z", null, "2026-03-02T09:00:10Z", null))
            .ToList();

        Assert.Contains("10000", new CallBatchRequest(calls).Validate().Refusal, StringComparison.Ordinal);
    }
}
