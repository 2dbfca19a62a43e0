namespace Scheduler.Api.Startup;

/// <summary>
/// The folder the service reads <c>appsettings.json</c> and <c>wwwroot</c> from. ASP.NET Core takes the current
/// directory: the project folder under <c>dotnet run</c>, the install folder when a service manager starts it there.
/// Started from anywhere else (a systemd unit without <c>WorkingDirectory</c>, a script in another folder) it ran
/// without its settings and its stylesheet; it now takes the folder it was installed in.
/// </summary>
public static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>The application's folder when only it holds the settings; null to keep ASP.NET Core's choice.</summary>
    public static string? Choose(string currentDirectory, string applicationDirectory) =>
        !File.Exists(Path.Combine(currentDirectory, SettingsFile)) && File.Exists(Path.Combine(applicationDirectory, SettingsFile))
            ? applicationDirectory
            : null;
}
