using NodaTime;
using Scheduler.Api.Features.Calls;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;
using Scheduler.Solver.Simulation;
using static Scheduler.Tests.Quality.QualityTestData;

namespace Scheduler.Tests.Quality;

public sealed class DemoHistoryTests
{
    private static readonly LocalDate First = new(2026, 3, 2);

    private static StaffMember Listener(string id) => new(id, id, StaffRole.Listener, Contract.FullTime(), ["phone"], true, null, [], []);

    /// <summary>8 weeks, 09:00–20:00 every day, 7.5 calls per half-hour (≈ 1,150 a week), three listeners all day.</summary>
    private static IReadOnlyList<CallRecord> EightWeeks(int listeners)
    {
        var demand = DemoHistory.Demand(First, 56, Paris, (_, t) => t >= new LocalTime(9, 0) && t < new LocalTime(20, 0) ? 7.5 : 0);
        var rota = Enumerable.Range(0, 56).SelectMany(d => Enumerable.Range(1, listeners)
            .Select(i => new Assignment($"L{i}", First.PlusDays(d), new LocalTime(9, 0), new LocalTime(20, 0)))).ToList();
        var duty = DemoHistory.Duty(rota, [.. Enumerable.Range(1, listeners).Select(i => Listener($"L{i}"))], Paris);
        return new SyntheticCallGenerator(CallGenerationSettings.Default, 2026).Generate(demand, duty);
    }

    [Fact]
    public void Demand_OpeningHoursProfile_OneIntervalPerOpenHalfHour()
    {
        var demand = DemoHistory.Demand(First, 7, Paris, (_, t) => t >= new LocalTime(9, 0) && t < new LocalTime(20, 0) ? 7.5 : 0);

        Assert.Equal(7 * 22, demand.Count);
        Assert.Equal(At(2026, 3, 2, 9, 0), demand[0].Start);
    }

    [Fact]
    public void Duty_RotaWithBreak_ListenerAbsentDuringBreak()
    {
        Assignment[] rota = [new("a", First, new LocalTime(9, 0), new LocalTime(17, 0), new LocalTime(12, 0), new LocalTime(12, 30))];

        var duty = DemoHistory.Duty(rota, [Listener("a")], Paris);

        Assert.Equal(15, duty.Count);
        Assert.DoesNotContain(duty, d => d.Start == At(2026, 3, 2, 12, 0));
    }

    [Fact]
    public void EightWeeks_UnderstaffedLine_SomeAbandonAndRecordsRoundTripThroughCsv()
    {
        var calls = EightWeeks(listeners: 3);
        var counts = ServiceLevelCounts.Sum(calls.Select(c => ServiceLevelCounts.Of(c, ChannelSettings.Default)));
        var csv = new StringWriter();
        CallCsvWriter.Write(calls, csv);

        var parsed = CallCsvParser.Parse(csv.ToString());

        Assert.InRange(calls.Count, 9240 * 0.95, 9240 * 1.05); // 56 days × 22 half-hours × 7.5
        Assert.InRange(counts.AbandonmentRate!.Value, 0.01, 0.9); // 3.75 Erlangs of work for 3 listeners: a queue forms
        Assert.Empty(parsed.Rejected);
        Assert.Equal(calls, parsed.Records);
    }
}
