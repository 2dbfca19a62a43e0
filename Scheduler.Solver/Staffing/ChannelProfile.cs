namespace Scheduler.Solver.Staffing;

/// <summary>How one channel (phone, chat, e-mail …) turns its traffic into staff.</summary>
/// <param name="Channel">Channel name as used in <see cref="Domain.DemandSlot.Channel"/> and <see cref="Domain.StaffMember.Channels"/>.</param>
/// <param name="Targets">The service promised on this channel.</param>
/// <param name="Shrinkage">Share of scheduled time not available for contacts, from 0 (inclusive) to 1 (exclusive).</param>
/// <param name="DefaultAhtSeconds">Handling time used when a forecast gives only contact counts.</param>
/// <param name="MeanPatienceSeconds">Mean time a caller waits before hanging up (exponential), or null when unknown. With a patience every target is checked with Erlang A; without one, with Erlang C (no abandonment, a cautious figure).</param>
/// <param name="ConcurrentSessions">
/// Contacts one agent handles at once: 1 for the phone. For chat, the queue's servers are sessions and agents are
/// ⌈sessions / ConcurrentSessions⌉, a first approximation that ignores the slow-down of handling several chats at once.
/// </param>
public sealed record ChannelProfile(
    string Channel,
    StaffingTargets Targets,
    double Shrinkage,
    double DefaultAhtSeconds,
    double? MeanPatienceSeconds = null,
    int ConcurrentSessions = 1);
