using Microsoft.Extensions.Options;
using Quartz;
using Scheduler.Api.Jobs;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// E-mail in the web service: the settings (checked at start), the outbox, and the mail job on the Quartz set up by
/// <see cref="QuartzHostSetup"/>, scheduled only when e-mail is on.
/// </summary>
public static class MailSetup
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<RotaPublishedMail>();
        services.AddScoped<RequestDecisionMail>();
        services.AddScoped<CoverOfferMail>();
        services.AddScoped<Requests.TimeOffCancellation>();
        services.AddScoped<RequestSubmittedMail>();
        services.AddScoped<AlertMail>();
        services.AddScoped<TrainingReminderMail>();
        services.AddScoped<SickCallMail>();
        services.AddScoped<WeeklyReportMail>();
        services.AddScoped<MailOutboxRunner>();
        if (builder.Configuration.GetSection(MailOptions.Section).Get<MailOptions>() is { Enabled: true })
        {
            builder.AddQuartz(q => MailOutboxJob.AddMailJob(q));
        }

        return builder;
    }
}
