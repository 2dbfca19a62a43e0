using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Reporting;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Simulation;

/// <summary>
/// Checks what a rota promises callers by simulation: in each open half-hour the calls the demand expects arrive
/// (Poisson) and wait for the trained listeners the rota has on the phone (their breaks off it; a call that arrives near
/// the end of a shift is still taken, one waiting at closing time is not), <see cref="Runs"/> times with other draws.
/// Each day's simulated service level, with its interval over the runs, stands beside Erlang C's prediction
/// (<see cref="ServiceLevelForecast"/>, the rota page's figure), which sees each half-hour alone and in steady state.
/// </summary>
public static class RotaSimulation
{
    /// <summary>Runs of the rota; their spread gives the interval (<see cref="Estimate.OfBatches"/>).</summary>
    public const int Runs = QueueSimulation.Batches;

    /// <param name="expectedCalls">Calls expected per date and half-hour start; a missing slot expects none.</param>
    /// <param name="settings">Handling-time distribution and callers' patience; the mean handling time is the channel's.</param>
    public static IReadOnlyList<SimulatedDay> Days(
        RotaProblem problem,
        IReadOnlyList<Assignment> assignments,
        IReadOnlyDictionary<(LocalDate Date, LocalTime Start), double> expectedCalls,
        ChannelProfile channel,
        CallGenerationSettings settings,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(settings);
        var zone = RotaProblem.TimeZone;
        var predicted = ServiceLevelForecast.Of(RotaReport.Build(problem, assignments).Coverage, expectedCalls, channel)
            .Where(s => s.ExpectedCalls > 0).ToList();
        var demand = predicted.Select(s => new DemandInterval(At(s.Date, s.Start, zone), Period.Between(s.Start, s.End).ToDuration(), s.ExpectedCalls)).ToList();
        var duty = OnThePhone(problem, assignments, zone);
        var days = predicted.Select(s => s.Date).Distinct().Order().ToList();
        var index = days.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);

        var met = new double[days.Count, Runs];
        var abandoned = new double[days.Count, Runs];
        var generator = settings with { MeanHandling = Duration.FromMilliseconds(Math.Round(channel.DefaultAhtSeconds * 1000)) };
        var target = Duration.FromSeconds(channel.Targets.AnswerWithinSeconds);
        for (var run = 0; run < Runs; run++)
        {
            var offered = new int[days.Count];
            var inTime = new int[days.Count];
            var gaveUp = new int[days.Count];
            foreach (var call in new SyntheticCallGenerator(generator, seed + run).Generate(demand, duty))
            {
                var day = index[call.OfferedAt.InZone(zone).Date];
                offered[day]++;
                inTime[day] += call.WaitTime is { } wait && wait <= target ? 1 : 0;
                gaveUp[day] += call.IsAnswered ? 0 : 1;
            }

            for (var d = 0; d < days.Count; d++)
            {
                met[d, run] = offered[d] > 0 ? (double)inTime[d] / offered[d] : 1;
                abandoned[d, run] = offered[d] > 0 ? (double)gaveUp[d] / offered[d] : 0;
            }
        }

        return [.. days.Select((date, d) =>
        {
            var slots = predicted.Where(s => s.Date == date).ToList();
            return new SimulatedDay(
                date,
                slots.Sum(s => s.ExpectedCalls),
                ServiceLevelForecast.Overall(slots) ?? 1,
                Estimate.OfBatches([.. Enumerable.Range(0, Runs).Select(r => met[d, r])]),
                Estimate.OfBatches([.. Enumerable.Range(0, Runs).Select(r => abandoned[d, r])]));
        })];
    }

    /// <summary>The spans each trained listener is on the phone: their shifts less their breaks.</summary>
    private static List<DutyInterval> OnThePhone(RotaProblem problem, IReadOnlyList<Assignment> assignments, DateTimeZone zone)
    {
        var staff = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var duty = new List<DutyInterval>();
        foreach (var shift in assignments.Where(a => staff.TryGetValue(a.StaffId, out var person) && person.CountsAsTrainedListenerOn(a.Date)))
        {
            var pieces = shift.BreakStart is { } breakStart && shift.BreakEnd is { } breakEnd
                ? new[] { (shift.Start, breakStart), (breakEnd, shift.End) }
                : [(shift.Start, shift.End)];
            foreach (var (from, to) in pieces.Where(p => p.Item1 < p.Item2))
            {
                var start = At(shift.Date, from, zone);
                duty.Add(new DutyInterval(start, At(shift.Date, to, zone) - start, [shift.StaffId]));
            }
        }

        return duty;
    }

    private static Instant At(LocalDate date, LocalTime time, DateTimeZone zone) => date.At(time).InZoneLeniently(zone).ToInstant();
}
