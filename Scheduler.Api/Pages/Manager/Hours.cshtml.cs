using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Payroll;
using Scheduler.Api.Time;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Manager;

/// <summary>"Heures du mois": each person's paid hours on the published rotas of a month, against the contract, for payroll.</summary>
public sealed class HoursModel(SchedulerDbContext db, IClock clock, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "mois")]
    public string? MonthText { get; set; }

    public MonthlyHours Hours { get; private set; } = null!;

    public YearMonth Month => Hours.Month;

    public async Task OnGetAsync(CancellationToken ct) => Hours = await MonthlyHours.OfAsync(db, ReadMonth(), ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var month = ReadMonth();
        if (!ModelState.IsValid)
        {
            Hours = await MonthlyHours.OfAsync(db, month, ct);
            return Page();
        }

        var hours = await MonthlyHours.OfAsync(db, month, ct);
        var name = string.Create(CultureInfo.InvariantCulture, $"3133-heures-{Format(month)}.csv");
        return File(MonthlyHoursCsv.Of(hours, text).ToBytes(), CsvTable.ContentType, name);
    }

    public static string Format(YearMonth month) => MonthlyHours.Write(month);

    /// <summary>The month asked (yyyy-MM), or this month; a month that does not read is said next to the field.</summary>
    private YearMonth ReadMonth()
    {
        var today = clock.Today();
        if (string.IsNullOrWhiteSpace(MonthText))
        {
            return today.ToYearMonth();
        }

        if (MonthlyHours.Read(MonthText) is { } month)
        {
            return month;
        }

        ModelState.AddModelError("mois", text.MonthInvalid);
        return today.ToYearMonth();
    }
}
