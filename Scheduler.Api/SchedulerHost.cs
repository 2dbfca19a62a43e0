using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using NodaTime;
using Quartz;
using Scalar.AspNetCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Accounts;
using Scheduler.Api.Features.Audit;
using Scheduler.Api.Features.Auth;
using Scheduler.Api.Features.Calendar;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Features.Demand;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.Payroll;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Features.Requests;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Features.SelfService;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Jobs;
using Scheduler.Api.Startup;
using Scheduler.Api.Time;
using Scheduler.Api.Web;

namespace Scheduler.Api;

/// <summary>Composition root of the web service: every service and endpoint is wired here, explicitly.</summary>
public static class SchedulerHost
{
    /// <summary>Command-line switches that map onto configuration keys.</summary>
    public static readonly Dictionary<string, string> SwitchMappings = new()
    {
        ["--data"] = "Scheduler:DataDirectory",
    };

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = ContentRoot.Choose(Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
        });
        builder.Configuration.AddCommandLine(args, SwitchMappings);

        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSchedulerDatabase(builder.Configuration);
        // First of all hosted services, which start in registration order: StartupWork applies the migrations before
        // anything reads the database at start (the data-protection key ring, which Razor Pages' antiforgery brings in).
        builder.Services.AddSchedulerStartup();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddProblemDetails();
        // Pages first: its exception handler answers HTML for page requests before the API's problem-details handler.
        builder.Services.AddSchedulerPages();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        // Bad bodies and parameters throw, so ProblemExceptionHandler answers them with the field named, in every environment.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o => ApiJson.Configure(o.SerializerOptions));
        builder.Services.AddOpenApi(o => o.AddSchemaTransformer<NodaTimeSchemaTransformer>());
        builder.Services.AddSchedulerAuth();
        builder.Services.AddSignInRateLimit(builder.Configuration);
        // Keys that protect bearer tokens and cookies live in the database: sign-ins survive a restart, and every node
        // of a cluster on the same database accepts the tokens any node issued.
        builder.Services.AddDataProtection().SetApplicationName("3133-scheduler").PersistKeysToDbContext<SchedulerDbContext>();
        builder.Services.AddScoped<RotaDrafts>();
        builder.Services.AddScoped<RotaPublisher>();
        builder.Services.AddScoped<RotaProblemFactory>();
        builder.Services.AddScoped<RotaInsight>();
        builder.Services.AddSingleton<NoticePeriod>();
        builder.Services.AddScoped<AccountInvitations>();
        builder.Services.AddScoped<PasswordResets>();
        builder.Services.AddSingleton<PasswordResetRequests>();
        builder.Services.AddHostedService<PasswordResetSender>();
        builder.Services.AddScoped<IRotaChecker, ValidatingRotaChecker>();
        builder.Services.AddScoped<SolveDispatcher>();
        builder.Services.AddScoped<RotaSolveRunner>();
        builder.Services.AddScoped<IRotaGenerationPages, RotaGenerationPages>();
        builder.AddSchedulerQuartz(QuartzHostSetup.Settings(builder.Configuration, DatabaseSetup.DataDirectory(builder.Configuration)));
        builder.AddQuartz(q => SolveRotaJob.AddSolveJob(q));
        builder.AddQualityService();
        builder.AddMail();
        builder.AddDemandForecasting();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCharsetGuard();
        app.UseSchedulerPages();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/docs").AllowAnonymous();
        app.MapAuthEndpoints();
        app.MapStaffEndpoints();
        app.MapStaffDetailsEndpoints();
        app.MapAccountEndpoints();
        app.MapRotaEndpoints().MapSolveEndpoints();
        app.MapDemandEndpoints();
        app.MapMeEndpoints();
        app.MapMailChoiceEndpoints();
        app.MapCalendarEndpoints();
        app.MapListenerRequestEndpoints();
        app.MapManagerRequestEndpoints();
        app.MapAuditEndpoints();
        app.MapHoursEndpoints();
        app.MapShiftHandoverEndpoints();
        app.MapCoverOfferEndpoints();
        app.MapShiftsAtRiskEndpoints();
        app.MapSickCallEndpoint();
        app.MapCallEndpoints();
        app.MapSlaEndpoints();
        app.MapAlertEndpoints();
        app.MapTrainingEndpoints();
        app.MapRazorPages();
        return app;
    }
}
