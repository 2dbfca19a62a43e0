using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Api.Time;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// One listener's training on the person page: the modules a manager can record and the ones finished. Recording goes
/// through the API's code, then writes the listener's qualification at once, as the daily training job would, so the
/// staff list and the next rota see it the same day.
/// </summary>
public sealed class PersonTraining(SchedulerDbContext db, IQualificationStore qualifications, IClock clock)
{
    /// <summary>A finished module, by name.</summary>
    public sealed record Finished(string Module, LocalDate CompletedOn);

    /// <param name="Modules">Every module, the initial training first.</param>
    /// <param name="Completions">The listener's finished modules, the latest first.</param>
    public sealed record View(IReadOnlyList<TrainingModuleEntity> Modules, IReadOnlyList<Finished> Completions);

    public async Task<View> ViewAsync(StaffEntity person, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(person);
        var modules = await db.TrainingModules.AsNoTracking().OrderBy(m => m.Kind).ThenBy(m => m.Name).ToListAsync(ct);
        var names = modules.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        var mine = await db.TrainingCompletions.AsNoTracking().Where(c => c.StaffId == person.Id).OrderByDescending(c => c.CompletedOn).ToListAsync(ct);
        return new View(modules, [.. mine.Select(c => new Finished(names.GetValueOrDefault(c.ModuleId, c.ModuleId), c.CompletedOn))]);
    }

    /// <summary>Records that <paramref name="staffId"/> finished <paramref name="moduleId"/>; the API's field errors, or null when stored.</summary>
    public async Task<ValidationProblem?> RecordAsync(Guid staffId, string moduleId, LocalDate completedOn, CancellationToken ct)
    {
        var created = await TrainingEndpoints.CreateCompletionAsync(new TrainingCompletionRequest(staffId, moduleId, completedOn), db, ct);
        if (created.Result is ValidationProblem problem)
        {
            return problem;
        }

        var modules = (await db.TrainingModules.AsNoTracking().ToListAsync(ct)).Select(m => m.ToDomain()).ToList();
        var completions = (await db.TrainingCompletions.AsNoTracking().Where(c => c.StaffId == staffId).ToListAsync(ct)).Select(c => c.ToDomain()).ToList();
        var qualification = new TrainingCompliance(modules).Evaluate(staffId.ToString(), completions, clock.Today());
        await qualifications.SaveAsync([qualification], ct);
        return null;
    }
}
