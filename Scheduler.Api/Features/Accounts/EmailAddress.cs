namespace Scheduler.Api.Features.Accounts;

/// <summary>
/// The service's only test of an e-mail address: something before an @ and something after it. Stricter checks refuse
/// real addresses; whether it reaches someone only sending can tell.
/// </summary>
public static class EmailAddress
{
    public static bool LooksLikeOne(string? text) =>
        text?.Trim() is { } trimmed && trimmed.IndexOf('@', StringComparison.Ordinal) > 0 && !trimmed.EndsWith('@');
}
