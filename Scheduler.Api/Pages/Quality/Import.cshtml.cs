using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Jobs;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Quality;

/// <summary>
/// The call-record import for people who do not use the API: one CSV file, imported through the API's own code
/// (<see cref="CallFileImport"/>), then what it stored and the rows it refused. A refused file is a field error. When an
/// import folder is set, the last files the folder job handled (<see cref="CallFolderImport"/>).
/// </summary>
[RequestSizeLimit(CallFileImport.MaxRequestBytes)]
[RefuseOversizedUpload(CallFileImport.MaxRequestBytes)]
public sealed class ImportModel(CallImporter importer, CallFolderImport folderImport, SlaComplianceOptions sla, IClock clock, UiText text) : PageModel
{
    /// <summary>Files of the import folder listed: the recent ones say whether the drops arrive.</summary>
    public const int FolderResultsShown = 10;

    /// <summary>The form field, and the key its errors are kept under.</summary>
    public const string FileField = "file";

    /// <summary>A file of thousands of bad rows would make a page nobody reads; the first ones show what to fix.</summary>
    public const int RejectedRowsShown = 100;

    [BindProperty(Name = FileField)]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true, Name = RefuseOversizedUploadAttribute.ErrorParameter)]
    public string? Error { get; set; }

    /// <summary>What the posted file stored; null before a post and when the file was refused.</summary>
    public CallFileOutcome? Outcome { get; private set; }

    /// <summary>Set when the file holds calls older than the SLA job reaches back: the first day it still computes.</summary>
    public LocalDate? CatchUpStart { get; private set; }

    public int CatchUpDays => (int)sla.MaxCatchUp.TotalDays;

    /// <summary>The folder the telephony drops its exports into; null when none is set.</summary>
    public CallFolder? Folder => folderImport.Folder;

    /// <summary>The last files of <see cref="Folder"/> imported or refused, newest first.</summary>
    public IReadOnlyList<CallFolderResult> FolderResults => Folder is { } folder ? CallFolderResult.Latest([folder.Imported, folder.Refused], FolderResultsShown) : [];

    public void OnGet()
    {
        if (Error == RefuseOversizedUploadAttribute.TooLarge)
        {
            ModelState.AddModelError(FileField, text.CallFileTooLarge(CallFileImport.MaxRequestBytes));
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null)
        {
            ModelState.AddModelError(FileField, text.CallFileMissing);
            return Page();
        }

        if (Upload.Length == 0)
        {
            ModelState.AddModelError(FileField, text.CallFileEmpty);
            return Page();
        }

        var outcome = await CallFileImport.ImportAsync(Upload, User, importer, ct);
        if (outcome.Refusal is not null)
        {
            // The parser's refusal names the missing columns in English; the page says the same in the reader's language.
            ModelState.AddModelError(FileField, text.CallFileNotCallRecords(CallCsvParser.ExpectedHeader));
            return Page();
        }

        Outcome = outcome;
        var reach = clock.GetCurrentInstant() - sla.MaxCatchUp;
        if (outcome.EarliestOffered < reach)
        {
            CatchUpStart = reach.InZone(RotaProblem.TimeZone).Date;
        }

        return Page();
    }
}
