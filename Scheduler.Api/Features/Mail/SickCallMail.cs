using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.SelfService;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// A sick call someone made themselves (<see cref="SickCall"/>) reaches every manager at once, with the shifts to cover
/// and a link to each one's cover page: the line opens at 9:00 and a manager may not open the service before. Always
/// sent (not one of the informative kinds a manager may turn off).
/// </summary>
public sealed class SickCallMail(SchedulerDbContext db, MailOutbox outbox)
{
    public async Task<int> QueueAsync(Guid staffId, AbsenceEntity sickness, IReadOnlyList<MyShiftResponse> shifts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sickness);
        ArgumentNullException.ThrowIfNull(shifts);
        if (!outbox.Enabled)
        {
            return 0;
        }

        var name = await db.Staff.AsNoTracking().Where(s => s.Id == staffId).Select(s => s.Name).FirstOrDefaultAsync(ct) ?? "";
        var covers = shifts.Select(s => (new Solver.Domain.Assignment(staffId.ToString(), s.Date, s.Start, s.End, s.BreakStart, s.BreakEnd), $"{outbox.PublicUrl}/gestion/remplacement/{s.Id}")).ToList();
        return await outbox.QueueToManagersAsync(MailKind.SickCall, MailTexts.SickCall(name, sickness.From, sickness.To, sickness.Note, covers, outbox.PublicUrl + "/gestion#a-couvrir"), ct);
    }
}
