using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Startup;

/// <summary>The platform's people as announced: fictitious names, real proportions (see DESIGN.md).</summary>
public static class SeedStaff
{
    public const string Phone = "phone";

    private static readonly string[] FullTimeListeners =
        ["Camille Martin", "Lucas Bernard", "Léa Dubois", "Hugo Thomas", "Chloé Robert", "Louis Richard", "Manon Petit", "Jules Durand", "Emma Leroy"];

    private static readonly string[] PartTime24 =
        ["Inès Moreau", "Nathan Simon", "Sarah Laurent", "Théo Lefebvre", "Jade Michel", "Raphaël Garcia"];

    private static readonly string[] PartTime28 =
        ["Louise David", "Arthur Bertrand", "Alice Roux", "Gabriel Vincent", "Lina Fournier", "Adam Morel"];

    private static readonly string[] Managers = ["Claire Girard", "Antoine Bonnet", "Sophie Lambert"];

    public static IEnumerable<StaffEntity> Create(LocalDate contractStart) =>
        FullTimeListeners.Select(n => Person(n, StaffRole.Listener, 35, contractStart))
            .Concat(PartTime24.Select(n => Person(n, StaffRole.Listener, 24, contractStart)))
            .Concat(PartTime28.Select(n => Person(n, StaffRole.Listener, 28, contractStart)))
            .Concat(Managers.Select(n => Person(n, StaffRole.Manager, 35, contractStart)));

    private static StaffEntity Person(string name, StaffRole role, int weeklyHours, LocalDate contractStart)
    {
        var id = Guid.NewGuid();
        return new StaffEntity
        {
            Id = id,
            Name = name,
            Role = role,
            IsTrained = true,
            Contracts = [new ContractEntity { Id = Guid.NewGuid(), StaffId = id, ValidFrom = contractStart, WeeklyMinutes = weeklyHours * 60 }],
            Skills = [new SkillEntity { StaffId = id, Channel = Phone }],
        };
    }
}
