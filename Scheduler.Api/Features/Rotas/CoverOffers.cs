using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Time;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Offering a published shift to volunteers: rather than hand a sick colleague's shift to someone unasked, a manager
/// offers it to everyone who could take it (<see cref="ShiftHandover.CanTake"/>), who are e-mailed; those who can say
/// so, and the manager gives it to one of them on the cover page (<see cref="ShiftHandover.GiveAsync"/> closes the offer).
/// One open offer per shift; an offer whose shift is no longer published, or whose day has passed, is no longer shown.
/// </summary>
public static class CoverOffers
{
    /// <summary>The shift's open offer, tracked, with its volunteers; or null.</summary>
    public static Task<CoverOfferEntity?> OpenOfAsync(SchedulerDbContext db, Guid shiftId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CoverOffers.Include(o => o.Volunteers).FirstOrDefaultAsync(o => o.AssignmentId == shiftId && o.Status == CoverOfferStatus.Open, ct);
    }

    /// <summary>
    /// Offers the shift: 404 when it is not on a published rota; 400 naming <c>note</c> when too long; 409 when its day
    /// has passed or it is offered already; else 201 with the offer, each candidate with an account e-mailed.
    /// </summary>
    public static async Task<IResult> OfferAsync(
        SchedulerDbContext db, RotaProblemFactory problems, CoverOfferMail mail, Guid shiftId, string? note, string actor, IClock clock, CancellationToken ct,
        RequestSubmittedMail? tellManagers = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new FieldErrors();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        errors.MaxLength("note", note, CoverOfferConfiguration.NoteLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ShiftHandover.CandidatesAsync(db, problems, shiftId, ct) is not { } cover)
        {
            return TypedResults.NotFound();
        }

        if (cover.Shift.Date < clock.Today())
        {
            return Conflicts.State("The shift's day has passed.");
        }

        if (await OpenOfAsync(db, shiftId, ct) is not null)
        {
            return Conflicts.State("The shift is offered already.");
        }

        var offer = new CoverOfferEntity
        {
            Id = Guid.NewGuid(), AssignmentId = shiftId, Note = note, Status = CoverOfferStatus.Open, CreatedAt = clock.GetCurrentInstant(), CreatedBy = actor,
        };
        db.CoverOffers.Add(offer);
        var told = await mail.QueueAsync(offer, cover.Shift, [.. MailedTo(cover.Candidates).Select(c => c.StaffId)], ct);
        if (tellManagers is not null)
        {
            await tellManagers.QueueShiftOfferedAsync(cover.Shift, note, ct);
        }

        await db.SaveChangesAsync(ct);
        var names = await RotaEndpoints.NamesAsync(db, ct);
        var response = new OpenCoverOffer(offer, cover.Shift, names.GetValueOrDefault(cover.Shift.StaffId) ?? "").ToResponse(names, told);
        return TypedResults.Created($"/api/rotas/{cover.Shift.RotaId}/assignments/{shiftId}/cover/offer", response);
    }

    /// <summary>
    /// Whom the offer is e-mailed to: the candidates it would make break no rule (a part-timer already at the contract, a
    /// week already at its most hours are not asked to volunteer for what a manager would have to refuse); all of them when
    /// no one is so placed. Everyone who could take it still sees it on their page.
    /// </summary>
    /// <param name="candidates">The shift's candidates (<see cref="ShiftHandover.CandidatesAsync"/>).</param>
    public static IEnumerable<CoverCandidate> MailedTo(IReadOnlyList<CoverCandidate> candidates) =>
        candidates.Any(c => c.Breaks.Count == 0) ? candidates.Where(c => c.Breaks.Count == 0) : candidates;

    /// <summary>
    /// The manager takes the offer back (the cover was found another way): 404 when none is open; else 204, and those
    /// who volunteered are told.
    /// </summary>
    public static async Task<IResult> WithdrawAsync(SchedulerDbContext db, CoverOfferMail mail, Guid shiftId, IClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await OpenOfAsync(db, shiftId, ct) is null || await db.Assignments.FindAsync([shiftId], ct) is not { } shift)
        {
            return TypedResults.NotFound();
        }

        await CloseAsync(db, mail, shift, CoverOfferStatus.Withdrawn, clock.GetCurrentInstant(), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The holder looks for someone to take their own published shift (<c>POST /api/me/shifts/{shiftId}/offer</c>): the
    /// same offer as a manager's, the managers told as of a request; 404 when the shift is not theirs on a published rota.
    /// The shift stays theirs until a manager gives it to a volunteer. 409 once it has started: someone at work who cannot
    /// go on says they are off sick.
    /// </summary>
    public static async Task<IResult> OfferMineAsync(
        SchedulerDbContext db, RotaProblemFactory problems, CoverOfferMail mail, RequestSubmittedMail managers, Guid staffId, Guid shiftId, string? note,
        string actor, IClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!await IsMineAsync(db, staffId, shiftId, ct))
        {
            return TypedResults.NotFound();
        }

        var shift = await db.Assignments.AsNoTracking().FirstAsync(a => a.Id == shiftId, ct);
        return shift.Date + shift.Start <= clock.LocalNow()
            ? Conflicts.State("The shift has started; if you cannot go on, say you are off sick instead.")
            : await OfferAsync(db, problems, mail, shiftId, note, actor, clock, ct, managers);
    }

    /// <summary>The holder takes their offer back: 404 when the shift is not theirs or not offered; else 204.</summary>
    public static async Task<IResult> WithdrawMineAsync(SchedulerDbContext db, CoverOfferMail mail, Guid staffId, Guid shiftId, IClock clock, CancellationToken ct) =>
        await IsMineAsync(db, staffId, shiftId, ct) ? await WithdrawAsync(db, mail, shiftId, clock, ct) : TypedResults.NotFound();

    /// <summary>The ids of <paramref name="staffId"/>'s own shifts that are offered now.</summary>
    public static async Task<IReadOnlySet<Guid>> OfferedOfAsync(SchedulerDbContext db, Guid staffId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.CoverOffers.AsNoTracking().Where(o => o.Status == CoverOfferStatus.Open)
            .Join(db.Assignments.Where(a => a.StaffId == staffId), o => o.AssignmentId, a => a.Id, (o, a) => a.Id)
            .ToListAsync(ct)).ToHashSet();
    }

    private static Task<bool> IsMineAsync(SchedulerDbContext db, Guid staffId, Guid shiftId, CancellationToken ct) =>
        db.Assignments.OnPublishedRotas(db.Rotas).AnyAsync(a => a.Id == shiftId && a.StaffId == staffId, ct);

    /// <summary>
    /// Marks the shift's open offer, if any, <paramref name="status"/>, and tells those who volunteered and do not hold
    /// the shift now that it is no longer theirs to take (saved with the caller's SaveChanges).
    /// </summary>
    public static async Task CloseAsync(SchedulerDbContext db, CoverOfferMail mail, AssignmentEntity shift, CoverOfferStatus status, Instant at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(shift);
        if (await OpenOfAsync(db, shift.Id, ct) is { } offer)
        {
            offer.Status = status;
            offer.ClosedAt = at;
            await mail.QueueClosedAsync(offer, shift, [.. offer.Volunteers.Select(v => v.StaffId).Where(id => id != shift.StaffId)], ct);
        }
    }

    /// <summary>
    /// Says <paramref name="staffId"/> volunteers: 404 when there is no such offer; 409 when it is closed, its shift no
    /// longer published or past, or the person could not take it; else 200 (again: the same answer).
    /// </summary>
    public static async Task<IResult> VolunteerAsync(SchedulerDbContext db, RotaProblemFactory problems, Guid offerId, Guid staffId, IClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(clock);
        var offer = await db.CoverOffers.Include(o => o.Volunteers).FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null)
        {
            return TypedResults.NotFound();
        }

        var rota = offer.Status == CoverOfferStatus.Open ? await ShiftHandover.PublishedRotaOfAsync(db, offer.AssignmentId, ct) : null;
        var shift = rota?.Assignments.Single(a => a.Id == offer.AssignmentId);
        if (rota is null || shift is null || shift.Date < clock.Today())
        {
            return Conflicts.State("The shift is no longer offered.");
        }

        var problem = await problems.BuildAsync(rota.PeriodStart, Math.Max(1, rota.Weeks), ct);
        if (!ShiftHandover.CanTake(problem, rota, shift, staffId))
        {
            return Conflicts.State("You cannot take this shift: another role, not trained that day, away, or already working that day.");
        }

        if (offer.Volunteers.All(v => v.StaffId != staffId))
        {
            offer.Volunteers.Add(new CoverVolunteerEntity { Id = Guid.NewGuid(), OfferId = offer.Id, StaffId = staffId, At = clock.GetCurrentInstant() });
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(Mine(offer, shift, staffId));
    }

    /// <summary>Takes back <paramref name="staffId"/>'s word: 404 when they had not volunteered; else 204.</summary>
    public static async Task<IResult> WithdrawVolunteerAsync(SchedulerDbContext db, Guid offerId, Guid staffId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var volunteer = await db.CoverVolunteers.FirstOrDefaultAsync(v => v.OfferId == offerId && v.StaffId == staffId, ct);
        if (volunteer is null)
        {
            return TypedResults.NotFound();
        }

        db.CoverVolunteers.Remove(volunteer);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>The open offers whose shift is on a published rota, today or later; by day and start.</summary>
    public static async Task<IReadOnlyList<OpenCoverOffer>> OpenAsync(SchedulerDbContext db, LocalDate today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var offers = await db.CoverOffers.AsNoTracking().Include(o => o.Volunteers).Where(o => o.Status == CoverOfferStatus.Open).ToListAsync(ct);
        if (offers.Count == 0)
        {
            return [];
        }

        var ids = offers.Select(o => o.AssignmentId).ToList();
        var shifts = await db.Assignments.AsNoTracking().OnPublishedRotas(db.Rotas).Where(a => ids.Contains(a.Id) && a.Date >= today).ToDictionaryAsync(a => a.Id, ct);
        var holders = shifts.Values.Select(a => a.StaffId).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => holders.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return [.. offers.Where(o => shifts.ContainsKey(o.AssignmentId))
            .Select(o => new OpenCoverOffer(o, shifts[o.AssignmentId], names.GetValueOrDefault(shifts[o.AssignmentId].StaffId) ?? ""))
            .OrderBy(o => o.Shift.Date).ThenBy(o => o.Shift.Start)];
    }

    /// <summary>The open offers <paramref name="staffId"/> could take today, each saying whether they volunteered.</summary>
    public static async Task<IReadOnlyList<MyCoverOfferResponse>> ForAsync(SchedulerDbContext db, RotaProblemFactory problems, Guid staffId, LocalDate today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var open = await OpenAsync(db, today, ct);
        var mine = new List<MyCoverOfferResponse>();
        foreach (var rotaOffers in open.GroupBy(o => o.Shift.RotaId))
        {
            var rota = await db.Rotas.AsNoTracking().Include(r => r.Assignments).FirstAsync(r => r.Id == rotaOffers.Key, ct);
            var problem = await problems.BuildAsync(rota.PeriodStart, Math.Max(1, rota.Weeks), ct);
            mine.AddRange(rotaOffers
                .Where(o => o.Offer.Volunteers.Any(v => v.StaffId == staffId) || ShiftHandover.CanTake(problem, rota, o.Shift, staffId))
                .Select(o => Mine(o.Offer, o.Shift, staffId)));
        }

        return [.. mine.OrderBy(o => o.Date).ThenBy(o => o.Start)];
    }

    private static MyCoverOfferResponse Mine(CoverOfferEntity offer, AssignmentEntity shift, Guid staffId) =>
        new(offer.Id, shift.Date, shift.Start, shift.End, shift.BreakStart, shift.BreakEnd, offer.Note, offer.Volunteers.Any(v => v.StaffId == staffId));
}
