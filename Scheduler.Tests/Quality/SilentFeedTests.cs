using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Jobs;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Quality;

/// <summary>
/// Calls that stop arriving through the import folder: an alert once the line has been open two hours without a call,
/// counted from the later of the latest call and today's opening; none outside the line's hours or before any call.
/// </summary>
public sealed class SilentFeedTests(CallFolderApiFactory factory) : IClassFixture<CallFolderApiFactory>
{
    private static readonly Duration TwoHours = Duration.FromHours(2);

    [Theory]
    [InlineData("2026-11-25T10:00", "2026-11-25T12:00", true)] // two hours without a call, line open
    [InlineData("2026-11-25T10:00", "2026-11-25T11:59", false)]
    [InlineData("2026-11-24T19:58", "2026-11-25T10:59", false)] // the line opened at 9:00: not two hours yet
    [InlineData("2026-11-24T19:58", "2026-11-25T11:00", true)]
    [InlineData("2026-11-25T17:00", "2026-11-25T20:00", false)] // closed
    [InlineData("2026-11-24T19:58", "2026-11-25T08:30", false)] // not open yet
    public void IsSilent_CountsFromTheLaterOfTheLatestCallAndTodaysOpening(string latestCall, string now, bool silent)
    {
        Assert.Equal(silent, SilentFeed.IsSilent(Paris(now), Paris(latestCall), TwoHours));
    }

    [Fact]
    public async Task FolderJob_CallsQuietForTwoOpenHours_OneAlertForTheDay()
    {
        factory.Drop("silent.csv", $"{CallCsvParser.ExpectedHeader}\nsilent-1,phone,2026-11-25T07:10:00Z,2026-11-25T07:10:20Z,2026-11-25T07:20:00Z,L03\n");
        await RunJobAsync(); // 10:00 Paris: the call at 8:10 is two hours back, but the line opened at 9:00

        factory.Clock.Reset(Paris("2026-11-25T11:05"));
        await RunJobAsync();
        await RunJobAsync();

        var alert = await factory.InDatabaseAsync(db => db.Alerts.AsNoTracking().SingleAsync(a => a.Kind == AlertKinds.CallsSilent));
        Assert.Equal("calls-silent:2026-11-25", alert.Key);
        Assert.Equal(new LocalDate(2026, 11, 25), alert.Date);
        Assert.Equal("Aucun appel enregistré depuis le 25/11/2026 08:10, alors que la ligne est ouverte depuis 2 h au moins : l'export de la téléphonie vers le dossier d'import s'est peut-être arrêté, et les chiffres du jour avec lui.", alert.Details);
        Assert.StartsWith("No call stored since 25/11/2026 08:10, with the line open for 2 h or more", alert.DetailsEnglish, StringComparison.Ordinal);
    }

    private Task<bool> RunJobAsync() =>
        factory.InScopeAsync(async sp =>
        {
            await ActivatorUtilities.CreateInstance<CallFolderJob>(sp).Execute(null!, CancellationToken.None);
            return true;
        });

    private static Instant Paris(string local) =>
        LocalDateTimePattern.GeneralIso.Parse(local + ":00").Value.InZoneLeniently(Scheduler.Solver.Domain.RotaProblem.TimeZone).ToInstant();
}
