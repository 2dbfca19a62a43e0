using Scheduler.Api.Cli;
using Scheduler.Api.Rostering;
using Scheduler.Solver.Domain;
using static Scheduler.Tests.Validation.TestRotas;

namespace Scheduler.Tests.Validation;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("validate-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Save(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CommandLineApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string SaveRota(IReadOnlyList<Assignment> rota) =>
        Save("rota.json", RotaDocument.Write(Solo(FullTimeWeek("ana", Monday), contract: Contract.FullTime()), rota));

    [Fact]
    public async Task Validate_LegalRota_ExitsZero()
    {
        var path = SaveRota(FullTimeWeek("ana", Monday).ToList());

        var (exit, output, error) = await Run("validate", path);

        Assert.Equal(0, exit);
        Assert.Equal("No violation: 5 shifts keep every hard rule.", output.Trim());
        Assert.Empty(error);
    }

    [Fact]
    public async Task Validate_BrokenRota_PrintsOneLinePerViolationAndExitsOne()
    {
        var rota = FullTimeWeek("ana", Monday).ToList();
        rota[0] = rota[0] with { BreakStart = null, BreakEnd = null };
        rota[4] = Shift("ana", Monday.PlusDays(4), "08:00", "13:00");
        var path = SaveRota(rota);

        var (exit, output, _) = await Run("validate", path);

        Assert.Equal(1, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("2026-03-02 09:00 break ana: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("without a break", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2026-03-06 08:00 opening-hours ana: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("2 violation(s) in 5 shifts.", lines[^1]);
    }

    [Fact]
    public async Task Validate_French_PrintsFrenchMessages()
    {
        var rota = FullTimeWeek("ana", Monday).ToList();
        rota[0] = rota[0] with { BreakStart = null, BreakEnd = null };
        var path = SaveRota(rota);

        var (exit, output, _) = await Run("validate", path, "--lang", "fr");

        Assert.Equal(1, exit);
        Assert.Contains("sans pause", output, StringComparison.Ordinal);
        Assert.Contains("infraction(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_OneLineAndExitsTwo()
    {
        var path = Path.Combine(directory, "absent.json");

        var (exit, output, error) = await Run("validate", path);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith(path + ": cannot read the file", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Validate_MalformedFile_NamesTheFieldAndExitsTwo()
    {
        var path = Save("bad.json", """{"start":"2026-03-02","weeks":1,"staff":[{"id":"a","role":"Listener","weeklyHours":35}],"assignments":[{"staffId":"a","date":"2026-03-02","start":"25:00","end":"13:00"}]}""");

        var (exit, _, error) = await Run("validate", path);

        Assert.Equal(2, exit);
        Assert.Equal($"{path}: assignments[0].start: '25:00' is not a time (HH:mm)", error.Trim());
    }

    [Fact]
    public async Task Validate_ProblemWithoutAssignments_ExitsTwo()
    {
        var path = Save("problem.json", RotaDocument.Write(Solo(FullTimeWeek("ana", Monday))));

        var (exit, _, error) = await Run("validate", path);

        Assert.Equal(2, exit);
        Assert.Contains("not a rota", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnknownLanguage_ParseErrorExitsTwo()
    {
        var path = SaveRota(FullTimeWeek("ana", Monday).ToList());

        var (exit, _, error) = await Run("validate", path, "--lang", "de");

        Assert.Equal(2, exit);
        Assert.Contains("de", error, StringComparison.Ordinal);
    }
}
