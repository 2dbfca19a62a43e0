using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Simulation;
using Scheduler.Solver.Staffing;
using Scheduler.Tests.Solver;

namespace Scheduler.Tests.Simulation;

/// <summary>
/// A rota's days simulated: only trained listeners answer, and not during their breaks; with Erlang C's own assumptions
/// a flat day comes out near Erlang C's prediction; a day with nobody on the phone loses every caller.
/// </summary>
public sealed class RotaSimulationTests
{
    private static readonly IReadOnlyList<OpeningHours> MondayOpen = TinyRota.Open("09:00", "20:00", 0);
    private static readonly CallGenerationSettings ErlangCsQueue =
        QueueSimulation.NeverAbandon(CallGenerationSettings.Default with { HandlingDistribution = HandlingTimeDistribution.Exponential });
    private static readonly CallGenerationSettings Realistic = CallGenerationSettings.Default;

    [Fact]
    public void Days_FlatDayUnderErlangCsAssumptions_NearItsPrediction()
    {
        var (problem, rota) = Team(trained: 5, untrained: 0, withBreaks: false);

        var day = Assert.Single(RotaSimulation.Days(problem, rota, Calls(6), Line3133Defaults.PhoneChannel, ErlangCsQueue, 1));

        // 6 calls of 900 s a half-hour: 3 erlangs on 5 listeners all day, every half-hour alike.
        Assert.Equal(ErlangC.ServiceLevel(5, 3, 900, 60), day.Predicted, 9);
        Assert.Equal(22 * 6, day.ExpectedCalls, 9);
        Assert.InRange(day.ServiceLevel.Value, day.Predicted - 0.03, day.Predicted + 0.03);
        Assert.Equal(0, day.Abandonment.Value);
    }

    [Fact]
    public void Days_UntrainedListener_NeverAnswers()
    {
        var (withUntrained, rotaWithUntrained) = Team(trained: 3, untrained: 1, withBreaks: false);
        var (trainedOnly, rotaTrainedOnly) = Team(trained: 3, untrained: 0, withBreaks: false);
        var (four, rotaOfFour) = Team(trained: 4, untrained: 0, withBreaks: false);

        var mixed = Assert.Single(RotaSimulation.Days(withUntrained, rotaWithUntrained, Calls(5), Line3133Defaults.PhoneChannel, Realistic, 3));
        var three = Assert.Single(RotaSimulation.Days(trainedOnly, rotaTrainedOnly, Calls(5), Line3133Defaults.PhoneChannel, Realistic, 3));
        var more = Assert.Single(RotaSimulation.Days(four, rotaOfFour, Calls(5), Line3133Defaults.PhoneChannel, Realistic, 3));

        Assert.Equal(three, mixed);
        Assert.True(more.ServiceLevel.Value > three.ServiceLevel.Value + 0.05, $"{more.ServiceLevel} against {three.ServiceLevel}");
    }

    [Fact]
    public void Days_Breaks_AreOffThePhone()
    {
        var (withBreaks, rotaWithBreaks) = Team(trained: 4, untrained: 0, withBreaks: true);
        var (noBreaks, rotaNoBreaks) = Team(trained: 4, untrained: 0, withBreaks: false);

        var lunch = Assert.Single(RotaSimulation.Days(withBreaks, rotaWithBreaks, Calls(4), Line3133Defaults.PhoneChannel, Realistic, 5));
        var none = Assert.Single(RotaSimulation.Days(noBreaks, rotaNoBreaks, Calls(4), Line3133Defaults.PhoneChannel, Realistic, 5));

        // All four at lunch 12:00–12:45 at once: the 6 or so callers of those 45 minutes (of 88) wait or hang up.
        Assert.True(lunch.ServiceLevel.Value < none.ServiceLevel.Value - 0.05, $"{lunch.ServiceLevel} against {none.ServiceLevel}");
        Assert.True(lunch.Abandonment.Value > none.Abandonment.Value + 0.03, $"{lunch.Abandonment} against {none.Abandonment}");
        Assert.True(lunch.Predicted < none.Predicted);
    }

    [Fact]
    public void Days_NobodyOnThePhone_EveryCallerHangsUp()
    {
        var problem = TinyRota.Problem([TinyRota.Manager("m1")], MondayOpen);

        var day = Assert.Single(RotaSimulation.Days(problem, [TinyRota.Shift("m1", 0, "09:00", "19:00")], Calls(4), Line3133Defaults.PhoneChannel, Realistic, 1));

        Assert.Equal((0.0, 1.0, 0.0), (day.ServiceLevel.Value, day.Abandonment.Value, day.Predicted));
    }

    [Fact]
    public void Days_SameSeed_SameFigures()
    {
        var (problem, rota) = Team(trained: 3, untrained: 0, withBreaks: true);

        var first = RotaSimulation.Days(problem, rota, Calls(5), Line3133Defaults.PhoneChannel, Realistic, 11);
        var second = RotaSimulation.Days(problem, rota, Calls(5), Line3133Defaults.PhoneChannel, Realistic, 11);

        Assert.Equal(first, second);
    }

    /// <summary>Trained (and untrained) listeners each on the phone 09:00–20:00 on Monday, with a break 12:00–12:45 when asked.</summary>
    private static (RotaProblem Problem, IReadOnlyList<Assignment> Rota) Team(int trained, int untrained, bool withBreaks)
    {
        var staff = Enumerable.Range(1, trained).Select(i => TinyRota.Listener($"t{i}"))
            .Concat(Enumerable.Range(1, untrained).Select(i => TinyRota.Listener($"u{i}", trained: false))).ToList();
        var rota = staff.Select(s => withBreaks
            ? TinyRota.ShiftWithBreak(s.Id, TinyRota.Monday, "09:00", "20:00", "12:00", "12:45")
            : TinyRota.Shift(s.Id, 0, "09:00", "20:00")).ToList();
        return (TinyRota.Problem(staff, MondayOpen), rota);
    }

    /// <summary><paramref name="perHalfHour"/> calls expected in each half-hour of Monday's opening.</summary>
    private static Dictionary<(LocalDate, LocalTime), double> Calls(double perHalfHour) =>
        Enumerable.Range(0, 22).ToDictionary(i => (TinyRota.Monday, new LocalTime(9, 0).PlusMinutes(30 * i)), _ => perHalfHour);
}
