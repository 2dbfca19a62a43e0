using NodaTime;
using PublicHoliday;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Ready-made rota problems: the 3133 platform of the launch announcement, and synthetic platforms of any size with
/// the same contract mix (3 in 7 listeners full-time, the rest half on 24 h and half on 28 h), for benchmarks.
/// </summary>
public static class PlatformScenarios
{
    public const string Phone = "phone";

    public static readonly LocalTime Open = new(9, 0);
    public static readonly LocalTime Close = new(20, 0);

    /// <summary>The 3133 line: 9 full-time and 12 part-time listeners (6 × 24 h, 6 × 28 h), all trained, and 3 full-time managers.</summary>
    public static RotaProblem Create3133(LocalDate start, int weeks, IReadOnlyList<DemandSlot> demand) =>
        Synthetic(21, 3, start, weeks, demand);

    /// <summary>
    /// A platform of <paramref name="listeners"/> listeners and <paramref name="managers"/> managers with the 3133 contract
    /// mix, open 9:00–20:00 every day with French public holidays marked. Without <paramref name="demand"/>, the need comes
    /// from <see cref="DemandShapes.Typical"/> scaled to the staff (replace it with the staffing engine's output when available).
    /// </summary>
    public static RotaProblem Synthetic(int listeners, int managers, LocalDate start, int weeks, IReadOnlyList<DemandSlot>? demand = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(listeners, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(managers);
        var staff = new List<StaffMember>();
        var fullTime = (int)Math.Round(listeners * 9 / 21.0, MidpointRounding.AwayFromZero);
        var partTime = listeners - fullTime;
        for (var i = 0; i < listeners; i++)
        {
            var contract = i < fullTime ? Contract.FullTime() : Contract.PartTime(i - fullTime < partTime / 2 ? 24 : 28);
            staff.Add(Person($"L{i + 1:000}", $"Écoutant {i + 1}", StaffRole.Listener, contract));
        }

        for (var i = 0; i < managers; i++)
        {
            staff.Add(Person($"M{i + 1:00}", $"Cadre {i + 1}", StaffRole.Manager, Contract.FullTime()));
        }

        var dates = Enumerable.Range(0, 7 * weeks).Select(start.PlusDays).ToList();
        var opening = dates.Select(d => new OpeningHours(d, Open, Close)).ToList();
        var holidays = new FrancePublicHoliday();
        var problem = new RotaProblem(start, weeks, staff, opening, [], [], [], [], RuleSettings.Default, SoftWeights.Default)
        {
            Holidays = dates.Where(d => holidays.IsPublicHoliday(d.ToDateTimeUnspecified())).ToHashSet(),
        };
        return problem with { Demand = demand ?? DemandShapes.Typical(problem, 0.8) };
    }

    private static StaffMember Person(string id, string name, StaffRole role, Contract contract) =>
        new(id, name, role, contract, [Phone], IsTrained: true, QualifiedUntil: null, Absences: [], Preferences: []);
}
