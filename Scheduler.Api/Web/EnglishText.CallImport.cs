using System.Globalization;
using NodaTime;
using Format = Scheduler.Api.Web.Show;

namespace Scheduler.Api.Web;

/// <summary>The texts of the call-record import page in English.</summary>
public sealed partial class EnglishText
{
    public override string CallImportTitle => "Import calls";
    public override string CallImportLink => "Import calls (the telephony platform's CSV file)";
    public override string CallImportIntro =>
        "Upload the telephony platform's CSV export. Importing the same file twice never counts a call twice: "
        + "a call already imported as it is stays untouched, a corrected call replaces the earlier one (which is kept in the audit log).";
    public override string CallFileLabel => "Call file (CSV)";
    public override string CallFileHint(string header, long maxBytes) =>
        $"UTF-8 CSV, comma-separated; the first line names the columns {header} (in any order). At most {Megabytes(maxBytes)}.";
    public override string CallImportSubmit => "Import";
    public override string BackToQuality => "Back to the quality dashboard";

    public override string CallFileMissing => "Choose a CSV file to import.";
    public override string CallFileEmpty => "The file is empty: nothing was imported.";
    public override string CallFileNotCallRecords(string header) =>
        $"This file is not a call export in CSV format: its first line must name the columns {header}, separated by commas. Nothing was imported.";
    public override string CallFileTooLarge(long maxBytes) =>
        $"The file is larger than {Megabytes(maxBytes)}: nothing was imported. Split it into several files (by month, for instance).";

    public override string CallImportResultTitle => "Import result";
    public override string CallImportCounts(int accepted, int replaced, int unchanged, int rejected) =>
        $"{Count(accepted, "call added", "calls added")}, {Count(replaced, "corrected call replaced", "corrected calls replaced")}, "
        + $"{Count(unchanged, "call already imported unchanged", "calls already imported unchanged")}, {Count(rejected, "line refused", "lines refused")}.";
    public override string CallImportDropped(IReadOnlyList<string> columns) =>
        $"Columns dropped because they identify the caller: {string.Join(", ", columns)}. Such columns are never read or stored.";
    public override string CallImportIgnored(IReadOnlyList<string> columns) =>
        $"Columns outside the format, not read: {string.Join(", ", columns)}.";
    public override string CallImportSlaNote =>
        "Service levels and the quality dashboard will include these calls at the next calculation, which runs every 15 minutes.";
    public override string CallImportBeyondCatchUp(LocalDate since, int days) =>
        $"Some calls are older than {Format.Date(since)}: the 15-minute calculation goes back at most {days} days and will not count them. "
        + "For an older history, have the file imported with the import-calls command, which also computes the whole history.";
    public override string RejectedRowsTitle(int count) => $"Refused lines ({count})";
    public override string RejectedRowsCaption(int shown, int count) =>
        shown == count ? "Refused lines, in file order" : $"The first {shown} refused lines, of {count}";
    public override string RejectedRowsMore(int more) =>
        more == 1 ? "One more refused line is not shown." : $"{more} more refused lines are not shown.";
    public override string RejectedRowsFix =>
        "Correct these lines in the file and import it again: calls already imported will not be counted twice.";
    public override string RowLine => "Line";
    public override string RowCallId => "Call id";
    public override string RowReason => "Reason";
    public override string RowDetail => "Detail";

    private static string Count(int count, string one, string many) => count == 1 ? $"{count} {one}" : $"{count} {many}";

    /// <summary>Decimal megabytes, as the limit is set: "30 MB".</summary>
    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000} MB");

    public override string CallFolderTitle => "Automatic import";
    public override string CallFolderIntro(string folder) =>
        $"The .csv files dropped in the folder {folder} (by the telephony platform, say) are imported every minute as above, "
        + "then put away in imported/ or refused/, each with its result.";
    public override string CallFolderNone => "No file imported from this folder yet.";
    public override string CallFolderCaption(int count) => count == 1 ? "The last file handled" : $"The last {count} files handled, newest first";
    public override string CallFolderFile => "File";
    public override string CallFolderWhen => "Handled on";
    public override string CallFolderOutcome => "Result";
    public override string CallFolderRefused(string why) => $"Refused whole: {why}";
}
