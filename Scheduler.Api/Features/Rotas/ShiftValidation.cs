using NodaTime;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Staff;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Structural checks of a shift, whatever the rules: a known active person, a date inside the rota's period, a start
/// before the end, a break inside the shift. Labour rules are the <see cref="IRotaChecker"/>'s job.
/// </summary>
public static class ShiftValidation
{
    /// <param name="prefix">Field prefix, e.g. "assignments[3]." for an item of a list, "" for a single shift.</param>
    public static void Check(FieldErrors errors, string prefix, AssignmentRequest? shift, LocalDate periodStart, LocalDate periodEnd, IReadOnlySet<Guid> activeStaff)
    {
        if (shift is null)
        {
            errors.Add(prefix.TrimEnd('.'), "Required.");
            return;
        }

        errors.Required(prefix + "staffId", shift.StaffId);
        if (shift.StaffId is { } staffId && !activeStaff.Contains(staffId))
        {
            errors.Add(prefix + "staffId", "No active staff member has this id.");
        }

        errors.Required(prefix + "date", shift.Date);
        if (shift.Date is { } date && (date < periodStart || date > periodEnd))
        {
            errors.Add(prefix + "date", $"Must lie in the rota's period, {periodStart:yyyy-MM-dd} to {periodEnd:yyyy-MM-dd}.");
        }

        errors.Required(prefix + "start", shift.Start);
        errors.Required(prefix + "end", shift.End);
        if (shift.Start >= shift.End)
        {
            errors.Add(prefix + "end", "Must be after 'start' (shifts do not cross midnight).");
        }

        if (shift.BreakStart.HasValue != shift.BreakEnd.HasValue)
        {
            errors.Add(prefix + "breakEnd", "A break has both a start and an end, or neither.");
        }
        else if (shift is { BreakStart: { } bs, BreakEnd: { } be } && (bs >= be || bs < shift.Start || be > shift.End))
        {
            errors.Add(prefix + "breakStart", "The break must lie inside the shift and end after it starts.");
        }

        if (shift.Channel is { } channel && !StaffValidation.KnownChannels.Contains(channel))
        {
            errors.Add(prefix + "channel", $"One of: {string.Join(", ", StaffValidation.KnownChannels)}.");
        }
    }
}
