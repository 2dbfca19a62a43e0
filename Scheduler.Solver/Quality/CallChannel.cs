namespace Scheduler.Solver.Quality;

/// <summary>The channel a contact came in on.</summary>
public enum CallChannel
{
    Phone,
    Chat,
    Email,
}

/// <summary>The channel names used in files and the API: <c>phone</c>, <c>chat</c>, <c>email</c>.</summary>
public static class CallChannels
{
    public static IReadOnlyList<CallChannel> All { get; } = [CallChannel.Phone, CallChannel.Chat, CallChannel.Email];

    public static string Name(CallChannel channel) => channel switch
    {
        CallChannel.Phone => "phone",
        CallChannel.Chat => "chat",
        CallChannel.Email => "email",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
    };

    /// <summary>Reads a channel name, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? text, out CallChannel channel)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "PHONE":
                channel = CallChannel.Phone;
                return true;
            case "CHAT":
                channel = CallChannel.Chat;
                return true;
            case "EMAIL":
                channel = CallChannel.Email;
                return true;
            default:
                channel = default;
                return false;
        }
    }
}
