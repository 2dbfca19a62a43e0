using NodaTime;

namespace Scheduler.Solver.Staffing;

/// <summary>Forecast traffic of one channel in the interval starting at <see cref="Start"/> on <see cref="Date"/> (local time, Europe/Paris).</summary>
public sealed record IntervalDemand(LocalDate Date, LocalTime Start, string Channel, double Calls, double AhtSeconds);

/// <summary>Staff needed on one channel in one interval.</summary>
/// <param name="Agents">Agents on the phone (or in chat) that meet the channel's targets.</param>
/// <param name="ScheduledAgents">Agents to plan once shrinkage is counted.</param>
/// <param name="Predicted">Figures at the required count (per session for concurrent channels).</param>
public sealed record IntervalRequirement(LocalDate Date, LocalTime Start, string Channel, int Agents, int ScheduledAgents, PredictedService Predicted);
