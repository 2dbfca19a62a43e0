namespace Scheduler.Solver.Quality;

/// <summary>
/// Recognises columns (or JSON properties) that identify a caller, so imports can drop them and say so.
/// Names are compared after lower-casing and turning spaces, dashes and dots into underscores.
/// </summary>
public static class CallerIdentityColumns
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "caller_number", "caller_id", "caller_name", "caller", "ani", "from_number", "calling_number",
        "phone_number", "msisdn", "cli", "from", "from_address", "caller_email", "email_address", "caller_phone",
        "customer_number", "customer_name", "contact_number", "contact_name", "remote_number", "source_number",
        "callerid", "callernumber", "callername", "fromnumber", "phonenumber", "ip_address", "caller_ip",
    };

    /// <summary>True when the column carries, or may carry, the caller's identity.</summary>
    public static bool IsCallerIdentity(string column)
    {
        var key = Normalise(column);
        return Names.Contains(key) || key.StartsWith("caller", StringComparison.Ordinal);
    }

    public static string Normalise(string column) =>
        column.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_').Replace('.', '_');
}
