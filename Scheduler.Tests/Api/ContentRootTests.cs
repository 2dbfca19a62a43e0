using Scheduler.Api.Startup;

namespace Scheduler.Tests.Api;

/// <summary>Where the service reads its settings and stylesheet from, wherever it is started.</summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string current = Directory.CreateTempSubdirectory("cwd-").FullName;
    private readonly string installed = Directory.CreateTempSubdirectory("app-").FullName;

    public ContentRootTests() => File.WriteAllText(Path.Combine(installed, ContentRoot.SettingsFile), "{}");

    [Fact]
    public void Choose_StartedFromAnotherFolder_TakesTheInstallFolder() =>
        Assert.Equal(installed, ContentRoot.Choose(current, installed));

    [Fact]
    public void Choose_StartedFromAFolderWithSettings_KeepsTheCurrentFolder()
    {
        // `dotnet run` and `dotnet bin/.../Scheduler.Api.dll` from the project folder: its wwwroot is there.
        File.WriteAllText(Path.Combine(current, ContentRoot.SettingsFile), "{}");

        Assert.Null(ContentRoot.Choose(current, installed));
    }

    [Fact]
    public void Choose_NoSettingsAnywhere_KeepsTheCurrentFolder()
    {
        File.Delete(Path.Combine(installed, ContentRoot.SettingsFile));

        Assert.Null(ContentRoot.Choose(current, installed));
    }

    public void Dispose()
    {
        Directory.Delete(current, recursive: true);
        Directory.Delete(installed, recursive: true);
    }
}
