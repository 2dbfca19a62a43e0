using System.Net;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary><c>GET /api/hours?month=</c>: the month's paid hours per person from the published rotas, for payroll.</summary>
public sealed class HoursApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task PublishedShifts_GiveTheMonthsHours_AndTheDaysNoRotaCovers()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        // Saturday 1 May is a public holiday; Sunday 2 May a Sunday; the rota's week starts on Monday 26 April.
        var rota = await RotaApi.ImportAsync(
            factory,
            "2027-04-26",
            RotaApi.Shift(me, "2027-04-30", "09:00", "15:00", "12:00", "12:45"),
            RotaApi.Shift(me, "2027-05-01", "09:00", "13:00"),
            RotaApi.Shift(me, "2027-05-02", "14:00", "20:00", "16:00", "16:45"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.GetAsync("/api/hours?month=2027-05");
        var hours = await Json.ReadAsync(response);

        Assert.Equal("2027-05", hours.GetProperty("month").GetString());
        var mine = hours.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("staffId").GetGuid() == me);
        Assert.Equal(
            (2, 9.25m, 5.25m, 4m),
            (mine.GetProperty("shifts").GetInt32(), mine.GetProperty("paidHours").GetDecimal(), mine.GetProperty("sundayHours").GetDecimal(), mine.GetProperty("holidayHours").GetDecimal()));
        Assert.Equal(mine.GetProperty("paidHours").GetDecimal() - mine.GetProperty("expectedHours").GetDecimal(), mine.GetProperty("differenceHours").GetDecimal());
        var unpublished = Assert.Single(hours.GetProperty("unpublished").EnumerateArray());
        Assert.Equal(("2027-05-03", "2027-05-31"), (unpublished.GetProperty("from").GetString(), unpublished.GetProperty("to").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2027-13")]
    [InlineData("mai")]
    public async Task AMonthThatDoesNotRead_IsAProblemNamingIt(string month)
    {
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.GetAsync($"/api/hours?month={month}");

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "month");
    }

    [Fact]
    public async Task Listeners_AreRefused()
    {
        using var listener = await factory.ClientAsync(Roles.Listener);

        using var response = await listener.GetAsync("/api/hours?month=2027-05");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
