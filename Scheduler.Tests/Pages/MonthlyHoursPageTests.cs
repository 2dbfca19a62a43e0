using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>"Heures du mois": each person's paid hours on the published rotas of a month, with Sundays and public holidays apart, and its CSV.</summary>
public sealed class MonthlyHoursPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task AWeekAcrossTwoMonths_CountsEachShiftInItsMonth_HolidaysAndSundaysApart_AndSaysWhichDaysAreNotPublished()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        // Monday 29 March 2027 is Easter Monday, a public holiday; Sunday 4 April is in the next month.
        var rota = await RotaApi.ImportAsync(
            factory,
            "2027-03-29",
            RotaApi.Shift(me, "2027-03-29", "09:00", "17:00", "12:00", "12:45"),
            RotaApi.Shift(me, "2027-03-31", "09:00", "13:00"),
            RotaApi.Shift(me, "2027-04-04", "14:00", "20:00", "16:00", "16:45"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var march = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion/heures?mois=2027-03"));
        var april = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion/heures?mois=2027-04"));
        using var csv = await page.GetAsync("/gestion/heures?handler=Csv&mois=2027-03");

        Assert.Contains("<h1>Heures du mois : mars 2027</h1>", march, StringComparison.Ordinal);
        var (weekly, marchCells) = MyRow(march, me);
        // Shifts, paid (7 h 15 + 4 h), expected (the weekly hours over the 3 days the rota covers, 29 to 31 March: the
        // month's other days have no published rota, and count neither way), difference, Sundays, holidays.
        var expected = (long)Math.Round(weekly * 3 / 7.0);
        Assert.Equal(["2", "11 h 15", Hours(expected), Signed(11 * 60 + 15 - expected), "0 h 00", "7 h 15"], marchCells);
        Assert.Contains("Aucun planning publié pour : du 01/03/2027 au 28/03/2027. Ni leurs heures ni celles que le contrat y attend ne sont comptées.", march, StringComparison.Ordinal);
        var (_, aprilCells) = MyRow(april, me);
        Assert.Equal(["1", "5 h 15", Hours((long)Math.Round(weekly * 4 / 7.0))], aprilCells[..3]);
        Assert.Equal(["5 h 15", "0 h 00"], aprilCells[^2..]);
        Assert.Contains("Aucun planning publié pour : du 05/04/2027 au 30/04/2027.", april, StringComparison.Ordinal);
        Assert.Equal("3133-heures-2027-03.csv", csv.Content.Headers.ContentDisposition?.FileName);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Personne,Rôle,Contrat (h/semaine),Services,Heures payées,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.EndsWith(string.Create(CultureInfo.InvariantCulture, $",{weekly / 60.0},2,11.25,{Math.Round(expected / 60.0, 2)},{Math.Round((675 - expected) / 60.0, 2)},0,7.25"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMonthThatDoesNotRead_IsSaidNextToTheField_AndTheCurrentMonthShown()
    {
        using var page = await factory.CookieClientAsync(Roles.Manager);

        using var response = await page.GetAsync("/gestion/heures?mois=2027-13");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Heures du mois : novembre 2026</h1>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"err-mois\" role=\"alert\">Mois illisible : écrivez-le aaaa-mm", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2027-13\"", html, StringComparison.Ordinal);
    }

    /// <summary>My row's weekly contract in minutes and its cells after the contract.</summary>
    private static (long Weekly, string[] Cells) MyRow(string html, Guid me)
    {
        var row = Regex.Match(html, $"<tr>\\s*<th scope=\"row\"><a href=\"/gestion/equipe/{me}\">[^<]*</a></th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "no row for me");
        var cells = Regex.Matches(row.Groups[1].Value, "<td>(.*?)</td>").Select(m => m.Groups[1].Value).ToArray();
        var contract = Regex.Match(cells[1], "^([0-9]+) h ([0-9]{2})$");
        Assert.True(contract.Success, cells[1]);
        return (long.Parse(contract.Groups[1].Value, CultureInfo.InvariantCulture) * 60 + long.Parse(contract.Groups[2].Value, CultureInfo.InvariantCulture), cells[2..]);
    }

    private static string Hours(long minutes) => $"{(minutes < 0 ? "−" : "")}{Math.Abs(minutes) / 60} h {Math.Abs(minutes) % 60:00}";

    private static string Signed(long minutes) => (minutes > 0 ? "+" : "") + Hours(minutes);
}
