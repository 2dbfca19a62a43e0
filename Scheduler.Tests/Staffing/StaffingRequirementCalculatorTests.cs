using NodaTime;
using Scheduler.Solver.Staffing;

namespace Scheduler.Tests.Staffing;

public sealed class StaffingRequirementCalculatorTests
{
    private static readonly LocalDate Monday = new(2026, 3, 2);
    private static readonly StaffingTargets Targets = new(0.8, 20, MaxOccupancy: 0.85);

    private static readonly Dictionary<string, ChannelProfile> Channels = new()
    {
        ["phone"] = new ChannelProfile("phone", Targets, 0.3, 180),
        ["chat"] = new ChannelProfile("chat", Targets, 0.0, 180, ConcurrentSessions: 3),
    };

    [Fact]
    public void Calculate_PhoneInterval_GivesAgentsAndScheduledAgents()
    {
        // The Call Centre Helper scenario again: 14 on the phone, 20 scheduled with 30 % shrinkage.
        var forecast = new[] { new IntervalDemand(Monday, new LocalTime(10, 0), "phone", 100, 180) };

        var requirement = Assert.Single(StaffingRequirementCalculator.Calculate(forecast, Channels, Duration.FromMinutes(30)));

        Assert.Equal((Monday, new LocalTime(10, 0), "phone", 14, 20), (requirement.Date, requirement.Start, requirement.Channel, requirement.Agents, requirement.ScheduledAgents));
    }

    [Fact]
    public void Calculate_ChatWithThreeSessionsPerAgent_DividesSessionsRoundingUp()
    {
        var forecast = new[] { new IntervalDemand(Monday, new LocalTime(10, 0), "chat", 100, 180) };

        var requirement = Assert.Single(StaffingRequirementCalculator.Calculate(forecast, Channels, Duration.FromMinutes(30)));

        Assert.Equal(5, requirement.Agents);
    }

    [Fact]
    public void Calculate_SeveralIntervals_KeepsOrderAndHandlesZeroCalls()
    {
        var forecast = new[]
        {
            new IntervalDemand(Monday, new LocalTime(9, 0), "phone", 0, 180),
            new IntervalDemand(Monday, new LocalTime(9, 30), "phone", 100, 180),
            new IntervalDemand(Monday, new LocalTime(10, 0), "chat", 0, 180),
        };

        var requirements = StaffingRequirementCalculator.Calculate(forecast, Channels, Duration.FromMinutes(30));

        Assert.Equal([0, 14, 0], requirements.Select(r => r.Agents));
        Assert.Equal([new LocalTime(9, 0), new LocalTime(9, 30), new LocalTime(10, 0)], requirements.Select(r => r.Start));
    }

    [Fact]
    public void Calculate_HourIntervals_HalvesTheLoad()
    {
        // 100 calls in an hour of 180 s each is 5 erlangs, against 10 in half an hour.
        var forecast = new[] { new IntervalDemand(Monday, new LocalTime(10, 0), "phone", 100, 180) };

        var hourly = Assert.Single(StaffingRequirementCalculator.Calculate(forecast, Channels, Duration.FromHours(1)));

        Assert.Equal(5, hourly.Predicted.OfferedLoad, 12);
    }

    [Fact]
    public void Calculate_UnknownChannel_ThrowsNamingIt()
    {
        var forecast = new[] { new IntervalDemand(Monday, new LocalTime(10, 0), "fax", 1, 180) };

        var error = Assert.Throws<ArgumentException>(() => StaffingRequirementCalculator.Calculate(forecast, Channels, Duration.FromMinutes(30)));
        Assert.Contains("fax", error.Message, StringComparison.Ordinal);
    }
}
