using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>The in-place edit of one shift, or a new one (no <see cref="AssignmentId"/>), as typed (24-hour "HH:mm" times, dd/MM/yyyy date); checked field by field.</summary>
public sealed class ShiftForm
{
    public Guid AssignmentId { get; set; }

    public Guid StaffId { get; set; }

    public string? Date { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? BreakStart { get; set; }

    public string? BreakEnd { get; set; }

    public static ShiftForm From(AssignmentEntity a) => new()
    {
        AssignmentId = a.Id,
        StaffId = a.StaffId,
        Date = Show.Date(a.Date),
        Start = Show.Time(a.Start),
        End = Show.Time(a.End),
        BreakStart = Show.Time(a.BreakStart),
        BreakEnd = Show.Time(a.BreakEnd),
    };

    /// <summary>The edit as an API request, or null with each problem added to <paramref name="errors"/> under "Shift.Field".</summary>
    public AssignmentUpdateRequest? Read(RotaEntity rota, IReadOnlySet<Guid> activeStaff, UiText text, ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var date = Show.ParseDate(Date);
        var start = Show.ParseTime(Start);
        var end = Show.ParseTime(End);
        var breakStart = Show.ParseTime(BreakStart);
        var breakEnd = Show.ParseTime(BreakEnd);
        if (!activeStaff.Contains(StaffId))
        {
            errors.AddModelError("Shift.StaffId", text.FieldUnknownPerson);
        }

        if (date is null)
        {
            errors.AddModelError("Shift.Date", text.FieldDate);
        }
        else if (date < rota.PeriodStart || date > rota.PeriodEnd)
        {
            errors.AddModelError("Shift.Date", text.FieldDateInPeriod(Show.Date(rota.PeriodStart), Show.Date(rota.PeriodEnd)));
        }

        CheckTime(errors, "Shift.Start", Start, start, required: true, text);
        CheckTime(errors, "Shift.End", End, end, required: true, text);
        CheckTime(errors, "Shift.BreakStart", BreakStart, breakStart, required: false, text);
        CheckTime(errors, "Shift.BreakEnd", BreakEnd, breakEnd, required: false, text);
        if (start is { } s && end is { } e && s >= e)
        {
            errors.AddModelError("Shift.End", text.FieldEndAfterStart);
        }

        if (string.IsNullOrWhiteSpace(BreakStart) != string.IsNullOrWhiteSpace(BreakEnd))
        {
            errors.AddModelError("Shift.BreakEnd", text.FieldBreakBoth);
        }
        else if (breakStart is { } bs && breakEnd is { } be && (bs >= be || bs < start || be > end))
        {
            errors.AddModelError("Shift.BreakStart", text.FieldBreakInside);
        }

        return errors.IsValid
            ? new AssignmentUpdateRequest(rota.Version, StaffId, date, start, end, breakStart, breakEnd, null)
            : null;
    }

    /// <summary>The rota's shifts with this edit in place of the shift it changes, or added to them when it has no id (a new shift).</summary>
    public static List<Assignment> Apply(RotaEntity rota, Guid assignmentId, AssignmentUpdateRequest edit)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(edit);
        var edited = new Assignment(edit.StaffId!.Value.ToString(), edit.Date!.Value, edit.Start!.Value, edit.End!.Value, edit.BreakStart, edit.BreakEnd);
        return assignmentId == Guid.Empty
            ? [.. rota.Assignments.Select(a => a.ToDomain()), edited]
            : [.. rota.Assignments.Select(a => a.Id != assignmentId ? a.ToDomain() : edited)];
    }

    private static void CheckTime(ModelStateDictionary errors, string key, string? typed, LocalTime? parsed, bool required, UiText text)
    {
        if (parsed is null && (required || !string.IsNullOrWhiteSpace(typed)))
        {
            errors.AddModelError(key, text.FieldTime);
        }
    }
}
