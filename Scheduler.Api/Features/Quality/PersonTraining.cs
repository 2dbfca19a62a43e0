using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// One listener's training on the person page: the modules a manager can record and the ones finished. Recording goes
/// through the API's code, which writes the listener's qualification at once.
/// </summary>
public sealed class PersonTraining(SchedulerDbContext db, QualificationRefresh qualifications)
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
        var created = await TrainingEndpoints.CreateCompletionAsync(new TrainingCompletionRequest(staffId, moduleId, completedOn), db, qualifications, ct);
        return created.Result as ValidationProblem;
    }
}
