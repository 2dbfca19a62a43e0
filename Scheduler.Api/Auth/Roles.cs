namespace Scheduler.Api.Auth;

/// <summary>The three kinds of people who sign in (Identity role names).</summary>
public static class Roles
{
    public const string Manager = "Manager";
    public const string Listener = "Listener";
    public const string QualityLead = "QualityLead";

    public static IReadOnlyList<string> All { get; } = [Manager, Listener, QualityLead];
}

/// <summary>Authorization policies, applied at route-group level.</summary>
public static class Policies
{
    public const string Manager = "Manager";
    public const string Listener = "Listener";

    /// <summary>One's own shifts, calendar feed, unavailability and preferences: everyone the rota plans, listeners and managers.</summary>
    public const string OnRota = "OnRota";

    /// <summary>Reading staff and rotas: managers and quality leads (training compliance, coverage).</summary>
    public const string ManagerOrQualityLead = "ManagerOrQualityLead";
}
