using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Errors;

namespace Scheduler.Api.Features.Staff;

/// <summary>The checks of the staff requests; each problem names its JSON field.</summary>
public static class StaffValidation
{
    /// <summary>Channels of the multichannel platform.</summary>
    public static readonly IReadOnlySet<string> KnownChannels = new HashSet<string>(StringComparer.Ordinal) { "phone", "chat", "email", "webform" };

    public static FieldErrors Check(StaffRequest request, bool isUpdate)
    {
        var errors = new FieldErrors();
        errors.Required("name", request.Name, StaffConfiguration.NameLength);
        errors.Required("role", request.Role);
        errors.MaxLength("email", request.Email, StaffConfiguration.EmailLength);
        if (request.Email is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("email", "Not an e-mail address.");
        }

        CheckWeeklyHours(errors, "weeklyHours", request.WeeklyHours);
        errors.DateInRange("qualifiedUntil", request.QualifiedUntil);
        CheckChannels(errors, request.Channels);
        if (isUpdate)
        {
            errors.Required("version", request.Version);
        }

        return errors;
    }

    public static void CheckWeeklyHours(FieldErrors errors, string field, decimal? hours)
    {
        if (hours is not { } h)
        {
            errors.Add(field, "Required.");
        }
        else if (h is <= 0 or > 48 || h * 60 != decimal.Truncate(h * 60))
        {
            errors.Add(field, "Between 0 and 48 hours (the legal weekly maximum), in whole minutes.");
        }
    }

    public static void CheckChannels(FieldErrors errors, IReadOnlyList<string>? channels)
    {
        if (channels is null)
        {
            return;
        }

        if (channels.Any(c => c is null || !KnownChannels.Contains(c)))
        {
            errors.Add("channels", $"Each channel is one of: {string.Join(", ", KnownChannels)}.");
        }
    }

    public static int ToMinutes(decimal hours) => (int)(hours * 60);
}
