namespace Scheduler.Api.Data.Entities;

/// <summary>Why an e-mail was queued.</summary>
public enum MailKind
{
    /// <summary>A new account's activation link, or a new link asked for an account.</summary>
    ActivationLink,

    /// <summary>A rota was published: the person's shifts in it.</summary>
    RotaPublished,

    /// <summary>A rota was published over one published before, and the person's shifts changed: what changed.</summary>
    RotaChanged,

    /// <summary>A manager answered a request (time off, swap): to the asker, and to the colleague of an approved swap.</summary>
    RequestDecided,

    /// <summary>A new quality alert about today or yesterday: to the quality leads and the managers.</summary>
    QualityAlert,

    /// <summary>Last week's service-level report: to the quality leads and the managers.</summary>
    WeeklyReport,

    /// <summary>A test message a manager sent to their own address, to check the settings.</summary>
    Test,

    /// <summary>A listener asked for time off or a swap: to the managers, who answer it.</summary>
    RequestSubmitted,

    /// <summary>A manager offered a published shift to whoever could take it: to each of them.</summary>
    CoverOffered,

    /// <summary>A listener's qualification expires within the warning days, or has expired: to them.</summary>
    TrainingReminder,

    /// <summary>Someone said they are off sick from today: to the managers, with the shifts to cover.</summary>
    SickCall,

    /// <summary>Someone asked, from the sign-in page, a link to choose a new password: to the account's own address.</summary>
    PasswordReset,
}
