using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Tests.Quality;

public sealed class TrainingComplianceTests
{
    private static readonly TrainingModule Refresher = new("refresher", "Recyclage", TrainingModuleKind.Refresher, 2, Period.FromMonths(12));
    private static readonly TrainingCompliance Compliance = new([TrainingModule.InitialTraining, Refresher], warningDays: 30);
    private static readonly LocalDate Trained = new(2026, 2, 27);

    private static TrainingCompletion Done(string module, LocalDate on, string staff = "a") => new(staff, module, on);

    [Fact]
    public void Evaluate_NoInitialTraining_Untrained()
    {
        var q = Compliance.Evaluate("a", [Done("refresher", Trained)], new LocalDate(2026, 3, 1));

        Assert.False(q.IsTrained);
        Assert.Equal(QualificationState.Untrained, q.State);
        Assert.Null(q.UntrainedFrom);
    }

    [Fact]
    public void Evaluate_InitialOnly_RefresherDueTwelveMonthsAfterIt()
    {
        var q = Compliance.Evaluate("a", [Done("initial", Trained)], new LocalDate(2026, 3, 1));

        Assert.True(q.IsTrained);
        Assert.Equal(new LocalDate(2027, 2, 26), q.QualifiedUntil);
        Assert.Equal(QualificationState.Valid, q.State);
    }

    [Fact]
    public void Evaluate_WithinWarningWindow_ExpiringSoon()
    {
        var q = Compliance.Evaluate("a", [Done("initial", Trained)], new LocalDate(2027, 1, 27));

        Assert.Equal(QualificationState.ExpiringSoon, q.State);
    }

    [Fact]
    public void Evaluate_PastLastValidDate_ExpiredAndUntrainedFromNextDay()
    {
        var q = Compliance.Evaluate("a", [Done("initial", Trained)], new LocalDate(2027, 3, 1));

        Assert.Equal(QualificationState.Expired, q.State);
        Assert.Equal(new LocalDate(2027, 2, 27), q.UntrainedFrom);
    }

    [Fact]
    public void Evaluate_RefresherTaken_ExtendsFromItsCompletion()
    {
        var q = Compliance.Evaluate("a", [Done("initial", Trained), Done("refresher", new LocalDate(2027, 2, 1)), Done("refresher", new LocalDate(2026, 6, 1))], new LocalDate(2027, 3, 1));

        Assert.Equal(new LocalDate(2028, 1, 31), q.QualifiedUntil);
        Assert.Equal(QualificationState.Valid, q.State);
    }

    [Fact]
    public void Evaluate_CompletionInTheFuture_NotCountedYet() =>
        Assert.False(Compliance.Evaluate("a", [Done("initial", new LocalDate(2026, 3, 10))], new LocalDate(2026, 3, 1)).IsTrained);

    [Fact]
    public void ApplyTo_ExpiredQualification_SolverStopsCountingTheListenerFromThatDate()
    {
        var member = new StaffMember("a", "A", StaffRole.Listener, Contract.FullTime(), ["phone"], true, null, [], []);
        var q = Compliance.Evaluate("a", [Done("initial", Trained)], new LocalDate(2027, 3, 1));

        var updated = TrainingCompliance.ApplyTo(member, q);

        Assert.True(updated.CountsAsTrainedListenerOn(new LocalDate(2027, 2, 26)));
        Assert.False(updated.CountsAsTrainedListenerOn(q.UntrainedFrom!.Value));
    }

    [Fact]
    public void ShiftsOfUntrainedListeners_OnlyShiftsAfterExpiry()
    {
        var member = new StaffMember("a", "A", StaffRole.Listener, Contract.FullTime(), ["phone"], true, new LocalDate(2027, 2, 26), [], []);
        Assignment[] rota = [new("a", new LocalDate(2027, 2, 26), new LocalTime(9, 0), new LocalTime(17, 0)), new("a", new LocalDate(2027, 2, 27), new LocalTime(9, 0), new LocalTime(17, 0))];

        var shifts = TrainingCompliance.ShiftsOfUntrainedListeners(rota, [member]);

        Assert.Equal(new LocalDate(2027, 2, 27), Assert.Single(shifts).Date);
    }
}
