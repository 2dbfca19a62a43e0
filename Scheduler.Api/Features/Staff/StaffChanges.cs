using NodaTime;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Staff;

/// <summary>Changes to a person's contract and channels that need more than setting a property.</summary>
public static class StaffChanges
{
    /// <summary>Makes <paramref name="channels"/> the person's skills, keeping the rows that stay (so the audit log shows only real changes).</summary>
    public static void SetChannels(StaffEntity staff, IReadOnlyList<string> channels)
    {
        staff.Skills.RemoveAll(k => !channels.Contains(k.Channel));
        staff.Skills.AddRange(channels.Distinct().Where(c => staff.Skills.All(k => k.Channel != c))
            .Select(c => new SkillEntity { StaffId = staff.Id, Channel = c }));
    }

    /// <summary>
    /// Contracts are history: a change of hours ends the contract in force and starts a new one, so past rotas keep their meaning.
    /// </summary>
    /// <remarks>Makes <paramref name="weeklyMinutes"/> the contract from <paramref name="from"/> on; nothing changes when it already is.</remarks>
    public static void SetWeeklyMinutes(StaffEntity staff, int weeklyMinutes, LocalDate from, int extraMinutesAllowed = 0)
    {
        var current = staff.ContractOn(from);
        if (current is not null && current.WeeklyMinutes == weeklyMinutes && current.ExtraMinutesAllowed == extraMinutesAllowed)
        {
            return;
        }

        if (current is not null && current.ValidFrom == from)
        {
            current.WeeklyMinutes = weeklyMinutes;
            current.ExtraMinutesAllowed = extraMinutesAllowed;
            return;
        }

        // A contract that starts later than 'from' is replaced by the new one: it was planned on figures now outdated.
        staff.Contracts.RemoveAll(c => c.ValidFrom > from);
        if (current is not null)
        {
            current.ValidTo = from.PlusDays(-1);
        }

        staff.Contracts.Add(new ContractEntity
        {
            Id = Guid.NewGuid(),
            StaffId = staff.Id,
            ValidFrom = from,
            WeeklyMinutes = weeklyMinutes,
            ExtraMinutesAllowed = extraMinutesAllowed,
        });
    }
}
