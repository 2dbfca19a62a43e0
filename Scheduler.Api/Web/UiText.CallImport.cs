using NodaTime;

namespace Scheduler.Api.Web;

/// <summary>The texts of the call-record import page (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string CallImportTitle { get; }
    public abstract string CallImportLink { get; }
    public abstract string CallImportIntro { get; }
    public abstract string CallFileLabel { get; }
    public abstract string CallFileHint(string header, long maxBytes);
    public abstract string CallImportSubmit { get; }
    public abstract string BackToQuality { get; }

    // Why a file is refused as a whole; nothing of it is stored.
    public abstract string CallFileMissing { get; }
    public abstract string CallFileEmpty { get; }
    public abstract string CallFileNotCallRecords(string header);
    public abstract string CallFileTooLarge(long maxBytes);

    // What an import did.
    public abstract string CallImportResultTitle { get; }
    public abstract string CallImportCounts(int accepted, int replaced, int unchanged, int rejected);
    public abstract string CallImportDropped(IReadOnlyList<string> columns);
    public abstract string CallImportIgnored(IReadOnlyList<string> columns);
    public abstract string CallImportSlaNote { get; }
    /// <summary>Some calls predate the SLA job's catch-up window, so the job will never count them.</summary>
    public abstract string CallImportBeyondCatchUp(LocalDate since, int days);
    public abstract string RejectedRowsTitle(int count);
    public abstract string RejectedRowsCaption(int shown, int count);
    public abstract string RejectedRowsMore(int more);
    public abstract string RejectedRowsFix { get; }
    public abstract string RowLine { get; }
    public abstract string RowCallId { get; }
    public abstract string RowReason { get; }
    public abstract string RowDetail { get; }
    public abstract string CallFolderTitle { get; }
    public abstract string CallFolderIntro(string folder);
    public abstract string CallFolderNone { get; }
    public abstract string CallFolderCaption(int count);
    public abstract string CallFolderFile { get; }
    public abstract string CallFolderWhen { get; }
    public abstract string CallFolderOutcome { get; }
    public abstract string CallFolderRefused(string why);
}
