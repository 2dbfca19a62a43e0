namespace Scheduler.Solver.Domain;

/// <summary>What a person does on the floor. Listeners answer calls; managers supervise and are planned separately.</summary>
public enum StaffRole
{
    Listener,
    Manager,
}
