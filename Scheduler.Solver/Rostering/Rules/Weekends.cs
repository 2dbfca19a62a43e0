using Google.OrTools.Sat;
using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>Weekends of the horizon and a bool per person and weekend, at least 1 when the person works Saturday or Sunday.</summary>
internal static class Weekends
{
    /// <summary>The Saturdays of the horizon.</summary>
    public static IEnumerable<LocalDate> Saturdays(RotaModel m) =>
        Enumerable.Range(0, m.Grid.WeekCount).Select(w => m.Problem.Start.PlusDays((7 * w) + 5));

    /// <summary>Whether the person worked the Saturday or the Sunday of the week <paramref name="weeksBefore"/> weeks before the horizon's, per the history.</summary>
    public static bool WorkedBefore(RotaProblem problem, HistoryView history, string staffId, int weeksBefore)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(history);
        var saturday = problem.Start.PlusDays((-7 * weeksBefore) + 5);
        return history.Worked(staffId, saturday) || history.Worked(staffId, saturday.PlusDays(1));
    }

    /// <summary>Only bounded below: the terms that use it penalise it, so the solver keeps it at 0 when it can.</summary>
    public static BoolVar Worked(RotaModel m, int person, int week) => m.Shared($"weekend{person}_{week}", () =>
    {
        var worked = m.Model.NewBoolVar($"we{person}_{week}");
        m.Model.Add(m.X.Works(person, (7 * week) + 5) <= worked);
        m.Model.Add(m.X.Works(person, (7 * week) + 6) <= worked);
        return worked;
    });
}
