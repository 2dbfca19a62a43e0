using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Forecasting;

/// <summary>
/// The 3133 line before it has call records of its own: the figures of the launch announcement and stated assumptions
/// (README, staffing section). A manager replaces them; real history replaces the profile.
/// </summary>
public static class Line3133Defaults
{
    public const string Channel = "phone";

    /// <summary>Calls a year: the 3977 line it replaced received more than 60,000 in 2024.</summary>
    public const double CallsPerYear = 60_000;

    /// <summary>An average year of 365.25 days is 52.18 weeks, so a week carries about 1,150 calls.</summary>
    public const double WeeksPerYear = 365.25 / 7;

    /// <summary>10 minutes of talk and 5 of after-call work (the written report of an abuse call).</summary>
    public const double AhtSeconds = (10 + 5) * 60;

    public static LocalTime Open { get; } = new(9, 0);

    /// <summary>Exclusive: the last slot starts at 19:30.</summary>
    public static LocalTime Close { get; } = new(20, 0);

    /// <summary>
    /// Assumed relative volume of each half-hour from 09:00 to 19:30: a morning peak 10:30–11:30, a lunch dip
    /// 12:30–13:30, the day's main peak 14:00–15:30 (relatives and professionals calling from work), then a decline to
    /// the evening. Only the shape matters: the weights are normalised.
    /// </summary>
    public static IReadOnlyList<double> IntradayWeights { get; } =
    [
        0.60, 0.80, 1.00, 1.15, 1.20, 1.15, 1.00, 0.80, 0.75, 0.90, 1.10,
        1.20, 1.20, 1.15, 1.10, 1.00, 0.95, 0.90, 0.80, 0.70, 0.60, 0.50,
    ];

    /// <summary>Assumed relative volume of each weekday, Monday first: busiest after the weekend, quieter on Saturday and Sunday.</summary>
    public static IReadOnlyList<double> WeekdayWeights { get; } = [1.20, 1.10, 1.05, 1.05, 1.00, 0.80, 0.80];

    /// <summary>80 % of calls answered within 60 s, at most 10 % abandoned.</summary>
    public static StaffingTargets Targets { get; } = new(0.8, 60, MaxAbandonment: 0.10);

    /// <summary>
    /// The phone channel. No mean patience is known before call records exist, so staffing uses Erlang C (nobody hangs
    /// up: a cautious figure) and the abandonment target waits for a patience. Shrinkage is 0 because the rota plans
    /// breaks, absences and training explicitly; counting them again here would double them.
    /// </summary>
    public static ChannelProfile PhoneChannel { get; } = new(Channel, Targets, Shrinkage: 0, DefaultAhtSeconds: AhtSeconds);

    /// <summary>The default weekly profile: <see cref="CallsPerYear"/> / <see cref="WeeksPerYear"/> calls spread by the two weight tables.</summary>
    public static WeeklyDemandProfile Profile { get; } = BuildProfile();

    /// <summary>The line's opening hours, 09:00–20:00, on every date given.</summary>
    public static IReadOnlyList<OpeningHours> Opening(IEnumerable<LocalDate> dates) =>
        dates.Select(date => new OpeningHours(date, Open, Close)).ToList();

    private static WeeklyDemandProfile BuildProfile()
    {
        var weekly = CallsPerYear / WeeksPerYear;
        var daySum = WeekdayWeights.Sum();
        var slotSum = IntradayWeights.Sum();
        var firstSlot = WeeklyDemandProfile.SlotOf(Open);
        var calls = new double[WeeklyDemandProfile.SlotCount];
        for (var day = 0; day < 7; day++)
        {
            for (var i = 0; i < IntradayWeights.Count; i++)
            {
                calls[(day * WeeklyDemandProfile.SlotsPerDay) + firstSlot + i] = weekly * WeekdayWeights[day] / daySum * IntradayWeights[i] / slotSum;
            }
        }

        return new WeeklyDemandProfile(calls);
    }
}
