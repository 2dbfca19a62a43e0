using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Jobs;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Calls;

/// <summary>
/// With an import folder the calls arrive all day; when the line has been open <c>Calls:SilentAlertHours</c> hours (2 by
/// default; 0 turns it off) without a call stored, the export has most likely stopped, and the figures of the day with
/// it: a <see cref="AlertKinds.CallsSilent"/> alert says so, once a day. Never before the first call is stored (a new
/// service has nothing to miss), nor outside the line's hours.
/// </summary>
public sealed class SilentFeed(SchedulerDbContext db, IAlertSink alerts, IClock clock, IConfiguration configuration)
{
    public const string Setting = "Calls:SilentAlertHours";

    public const int DefaultHours = 2;

    private static readonly DateTimeZone Zone = RotaProblem.TimeZone;

    /// <summary>Raises today's alert when the calls have gone quiet; true when it was new.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        var hours = configuration.GetValue(Setting, DefaultHours);
        var now = clock.GetCurrentInstant();
        if (hours <= 0 || await CallFreshness.LatestOfferedAsync(db, cancellationToken) is not { } latest || !IsSilent(now, latest, Duration.FromHours(hours)))
        {
            return false;
        }

        var today = now.InZone(Zone).Date;
        var last = latest.InZone(Zone).LocalDateTime;
        var alert = new QualityAlert($"{AlertKinds.CallsSilent}:{today:yyyy-MM-dd}", AlertKinds.CallsSilent, now, today,
            AlertText.Of(t => t.CallsSilentAlert(last.Date, last.TimeOfDay, hours)));
        return await alerts.RaiseAsync(alert, cancellationToken);
    }

    /// <summary>
    /// True while the line is open and no call came in for <paramref name="after"/>, counted from the later of the latest
    /// call and today's opening (yesterday evening's last call does not make the first morning hours a silence).
    /// </summary>
    public static bool IsSilent(Instant now, Instant latest, Duration after)
    {
        var today = now.InZone(Zone).Date;
        var opens = today.At(RotaProblemFactory.Open).InZoneLeniently(Zone).ToInstant();
        var closes = today.At(RotaProblemFactory.Close).InZoneLeniently(Zone).ToInstant();
        var quietSince = latest > opens ? latest : opens;
        return now < closes && now - quietSince >= after;
    }
}
