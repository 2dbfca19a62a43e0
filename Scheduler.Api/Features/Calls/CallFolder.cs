using Scheduler.Api.Data;

namespace Scheduler.Api.Features.Calls;

/// <summary>
/// The folder the telephony platform drops its call-record exports into (<c>Calls:ImportFolder</c>; a relative path is
/// under the data folder; unset, there is none): <c>*.csv</c> files at its top are imported, then moved under
/// <c>imported/</c> or <c>refused/</c> with their result beside them; <c>processing/</c> holds the one being imported.
/// </summary>
public sealed record CallFolder(string Path)
{
    public const string Setting = "Calls:ImportFolder";

    public string Processing => System.IO.Path.Combine(Path, "processing");

    public string Imported => System.IO.Path.Combine(Path, "imported");

    public string Refused => System.IO.Path.Combine(Path, "refused");

    /// <summary>The configured folder, or null when the setting is empty.</summary>
    public static CallFolder? From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var setting = configuration[Setting];
        return string.IsNullOrWhiteSpace(setting)
            ? null
            : new CallFolder(System.IO.Path.GetFullPath(setting.Trim(), DatabaseSetup.DataDirectory(configuration)));
    }
}
