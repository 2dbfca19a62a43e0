using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Mail;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Someone who could take a published shift over: their planned hours that week, the rules it would make them break, and
/// whether they work part time (then, inside the notice period, they may refuse it: <see cref="NoticePeriod"/>).
/// </summary>
public sealed record CoverCandidate(Guid StaffId, string Name, Duration WeekPaid, IReadOnlyList<RotaViolation> Breaks, bool PartTime);

/// <summary>
/// Covering a published shift its owner will not work (a sick call): who could take it, each checked by the validator
/// on the rota with the shift given to them (only the rules the change adds count, see <see cref="ViolationDelta"/>, and
/// not the owner's: their week short of the contract is their absence's doing).
/// Candidates are of the owner's kind (trained listeners that day, or managers), active, not away and not already working
/// that day; those who break nothing come first, then those with the fewest hours that week.
/// </summary>
public static class ShiftHandover
{
    /// <summary>The audit log's action for a shift given to cover; its before and after hold the holders' <c>staffId</c>.</summary>
    public const string AuditAction = "Covered";

    /// <summary>The shift and its candidates, or null when the shift is not on a published rota.</summary>
    public static async Task<(AssignmentEntity Shift, IReadOnlyList<CoverCandidate> Candidates)?> CandidatesAsync(
        SchedulerDbContext db, RotaProblemFactory problems, Guid shiftId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(problems);
        var rota = await PublishedRotaOfAsync(db, shiftId, ct);
        if (rota is null)
        {
            return null;
        }

        var shift = rota.Assignments.Single(a => a.Id == shiftId);
        var problem = await problems.BuildAsync(rota.PeriodStart, Math.Max(1, rota.Weeks), ct);
        var shifts = rota.Assignments.Select(a => a.ToDomain()).ToList();
        var before = ValidatingRotaChecker.Validate(problem, shifts);
        var monday = Web.Show.Monday(shift.Date);
        var candidates = problem.Staff
            .Where(s => CanTake(problem, rota, shift, Guid.Parse(s.Id)))
            .Select(s => new CoverCandidate(
                Guid.Parse(s.Id),
                s.Name,
                Duration.FromMinutes(shifts.Where(a => a.StaffId == s.Id && a.Date >= monday && a.Date < monday.PlusDays(7)).Sum(a => (long)a.PaidTime.TotalMinutes)),
                Added(problem, shifts, before, shift, Guid.Parse(s.Id)),
                !s.Contract.IsFullTime))
            .OrderBy(c => c.Breaks.Count).ThenBy(c => c.WeekPaid).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
        return (shift, candidates);
    }

    /// <summary>
    /// Gives the published shift to <paramref name="staffId"/>, one of its candidates: 404 when the shift is not on a
    /// published rota; 400 naming <c>staffId</c> when that person cannot take it (another kind, away, working that day,
    /// inactive), or <c>overrideReason</c> when it breaks rules and none is given (with the <c>violations</c>); else the
    /// shift changes hands, the audit log keeps who, the reason and the rules broken, and the person gets an e-mail (and
    /// the shift's offer to volunteers, if any, is closed, the others who volunteered told); 409 when the rota changed
    /// meanwhile (its version).
    /// </summary>
    public static async Task<IResult> GiveAsync(
        SchedulerDbContext db, RotaProblemFactory problems, RequestDecisionMail mail, CoverOfferMail offers, Guid shiftId, Guid staffId, string? overrideReason,
        string? actor, IClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(mail);
        var rota = await PublishedRotaOfAsync(db, shiftId, ct);
        if (rota is null)
        {
            return TypedResults.NotFound();
        }

        var shift = rota.Assignments.Single(a => a.Id == shiftId);
        var problem = await problems.BuildAsync(rota.PeriodStart, Math.Max(1, rota.Weeks), ct);
        var errors = new FieldErrors();
        if (!CanTake(problem, rota, shift, staffId))
        {
            errors.Add("staffId", "This person cannot take the shift: another role, untrained, away or already working that day, or not active.");
            return errors.ToProblem();
        }

        var shifts = rota.Assignments.Select(a => a.ToDomain()).ToList();
        var broken = Added(problem, shifts, ValidatingRotaChecker.Validate(problem, shifts), shift, staffId);
        var reason = string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim();
        errors.MaxLength("overrideReason", reason, 1000);
        if (broken.Count > 0 && reason is null)
        {
            errors.Add("overrideReason", $"Giving the shift breaks {broken.Count} rule(s); give a reason to do it anyway.");
        }

        if (errors.Any)
        {
            return errors.ToProblem(new Dictionary<string, object?> { ["violations"] = broken });
        }

        var before = shift.StaffId;
        shift.StaffId = staffId;
        rota.Version = Guid.NewGuid();
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            Actor = actor ?? "",
            EntityType = "Assignment",
            EntityKey = $"{rota.Id}/assignments/{shift.Id}",
            Action = AuditAction,
            Before = JsonSerializer.Serialize(new { staffId = before }),
            After = JsonSerializer.Serialize(new { staffId, violations = broken.Select(v => v.Rule).Distinct().ToList() }),
            Reason = reason,
        });
        await mail.QueueShiftGivenAsync(shift, ct);
        await mail.QueueShiftTakenAsync(shift, before, ct);
        await CoverOffers.CloseAsync(db, offers, shift, CoverOfferStatus.Filled, clock.GetCurrentInstant(), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflicts.State("The rota changed meanwhile (another manager saved it first): look at the shift again.");
        }

        return TypedResults.Ok(new { shiftId = shift.Id, staffId, rotaVersion = rota.Version, violations = broken });
    }

    private static IReadOnlyList<RotaViolation> Added(RotaProblem problem, List<Assignment> shifts, IReadOnlyList<RotaViolation> before, AssignmentEntity shift, Guid to)
    {
        var owner = shift.StaffId.ToString();
        var after = ValidatingRotaChecker.Validate(problem, shifts.Select(a => a.StaffId == owner && a.Date == shift.Date ? a with { StaffId = to.ToString() } : a));
        // The owner's own rules (their week's hours short of the contract) are their absence's doing, not the cover's.
        return [.. ViolationDelta.Added(before, after, new Dictionary<(Guid, LocalDate), Guid> { [(to, shift.Date)] = shift.StaffId })
            .Where(v => v.StaffId != shift.StaffId && !LessensAShortfall(problem, shifts, before, shift, to, v))];
    }

    /// <summary>
    /// True when <paramref name="v"/> is the taker's week still short of the contract, as it was before: the shift brings
    /// it nearer, which breaks nothing (someone whose shift was given away earlier is the natural one to make it up). The
    /// sentence names the hours, so without this it would read as a new rule broken.
    /// </summary>
    private static bool LessensAShortfall(RotaProblem problem, List<Assignment> shifts, IReadOnlyList<RotaViolation> before, AssignmentEntity shift, Guid to, RotaViolation v)
    {
        var monday = Web.Show.Monday(shift.Date);
        if (v.Rule != RuleNames.ContractHours || v.StaffId != to || v.Date != monday
            || !before.Any(b => b.Rule == v.Rule && b.StaffId == to && b.Date == monday)
            || problem.Staff.FirstOrDefault(s => s.Id == to.ToString()) is not { } person)
        {
            return false;
        }

        var target = Solver.Validation.ContractTarget.ForWeek(person, monday);
        var least = person.Contract.IsFullTime ? Solver.Validation.ContractTarget.FullTimeWeek(person, problem, target).Least : target;
        var after = shifts.Where(a => a.StaffId == person.Id && a.Date >= monday && a.Date <= monday.PlusDays(6))
            .Aggregate(shift.ToDomain().PaidTime, (sum, a) => sum + a.PaidTime);
        return after < least;
    }

    /// <summary>The published rota holding the shift, with its shifts, tracked (so a change to them is saved), or null.</summary>
    public static async Task<RotaEntity?> PublishedRotaOfAsync(SchedulerDbContext db, Guid shiftId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rotaId = await db.Assignments.Where(a => a.Id == shiftId).Select(a => (Guid?)a.RotaId).FirstOrDefaultAsync(ct);
        return rotaId is null ? null : await db.Rotas.Include(r => r.Assignments).FirstOrDefaultAsync(r => r.Id == rotaId && r.Status == RotaStatus.Published, ct);
    }

    /// <summary>
    /// Whether <paramref name="staffId"/> could take the shift over: active (in the problem), of the owner's kind, not
    /// away and not already working that day.
    /// </summary>
    public static bool CanTake(RotaProblem problem, RotaEntity rota, AssignmentEntity shift, Guid staffId)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(shift);
        var candidate = problem.Staff.SingleOrDefault(s => s.Id == staffId.ToString());
        return candidate is not null && !rota.Assignments.Any(a => a.StaffId == staffId && a.Date == shift.Date) && candidate.IsAvailableOn(shift.Date)
            && SameKind(candidate, problem.Staff.SingleOrDefault(s => s.Id == shift.StaffId.ToString()), shift.Date);
    }

    /// <summary>A listener's shift goes to a listener who counts on that day (trained), a manager's to a manager.</summary>
    private static bool SameKind(StaffMember candidate, StaffMember? owner, LocalDate date) =>
        owner is null
            ? candidate.CountsAsTrainedListenerOn(date)
            : candidate.Role == owner.Role && (candidate.Role != StaffRole.Listener || candidate.CountsAsTrainedListenerOn(date));
}
