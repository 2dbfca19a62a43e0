namespace Scheduler.Api.Data.Entities;

/// <summary>
/// An entity guarded by optimistic concurrency: <see cref="Version"/> is a token the service renews on every change,
/// so a client that edits an old version is refused instead of overwriting someone else's work.
/// A Guid is used rather than SQL Server's rowversion because it behaves the same on SQLite and SQL Server.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
