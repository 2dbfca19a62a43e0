using System.Text.Json.Nodes;
using NodaTime;
using Scheduler.Api.Rostering;
using Scheduler.Solver.Domain;
using static Scheduler.Tests.Validation.TestRotas;

namespace Scheduler.Tests.Validation;

public sealed class RotaDocumentTests
{
    private static RotaProblem RichProblem()
    {
        var anna = new StaffMember(
            "anna", "Anna Martin", StaffRole.Listener, new Contract(24 * 60 + 30, 120), ["phone", "chat"], true, new LocalDate(2026, 12, 31),
            [new Absence(Monday.PlusDays(2), Monday.PlusDays(3), AbsenceKind.Leave)],
            [new Preference(PreferenceKind.AvoidDay, Day: IsoDayOfWeek.Sunday, Weight: 3), new Preference(PreferenceKind.WeekendOff, Date: Monday.PlusDays(5))]);
        var problem = Problem([anna, Manager("mia")], history: [Shift("anna", Monday.PlusDays(-1), "14:00", "20:00")], pinned: [Paid("mia", Monday, 7.25)]);
        return problem with
        {
            Demand = [new DemandSlot(Monday, Time("09:30"), "phone", 3)],
            Reference = [Shift("anna", Monday, "09:00", "13:00")],
            Rules = RuleSettings.Default with { BreakLength = Duration.FromMinutes(30), MinDailyRest = Duration.FromHours(12) },
            Weights = SoftWeights.Default with { Fairness = 7, DeferredHours = 5, BackToBackWeekends = 15 },
            Holidays = new HashSet<LocalDate> { Monday.PlusDays(4) },
            FairnessFrom = Monday.PlusDays(-28),
            ReferencePeriodEnd = Monday.PlusDays(20),
            ReferencePeriodWeeks = 4,
            Staff = [problem.Staff[0], problem.Staff[1] with { CarriedMinutes = -135 }],
        };
    }

    [Fact]
    public void Write_ThenRead_KeepsEveryField()
    {
        var problem = RichProblem();
        Assignment[] rota = [Paid("anna", Monday, 7.25), Shift("mia", Monday.PlusDays(1), "15:00", "20:00")];
        var summary = new JsonObject { ["status"] = "Optimal", ["objective"] = 42 };

        var file = RotaDocument.Read(RotaDocument.Write(problem, rota, summary));

        Assert.True(file.HasRota);
        Assert.Equal(rota, file.Assignments);
        Assert.Equal("Optimal", (string?)file.Summary?["status"]);
        var read = file.Problem;
        Assert.Equal(problem.Start, read.Start);
        Assert.Equal(problem.Weeks, read.Weeks);
        Assert.Equal(problem.Opening, read.Opening);
        Assert.Equal(problem.Demand, read.Demand);
        Assert.Equal(problem.History, read.History);
        Assert.Equal(problem.Reference, read.Reference);
        Assert.Equal(problem.Pinned, read.Pinned);
        Assert.Equal(problem.Rules, read.Rules);
        Assert.Equal(problem.Weights, read.Weights);
        Assert.Equal(problem.Holidays, read.Holidays);
        Assert.Equal(problem.FairnessFrom, read.FairnessFrom);
        Assert.Equal(problem.ReferencePeriodEnd, read.ReferencePeriodEnd);
        Assert.Equal(4, read.ReferencePeriodWeeks);
        Assert.Equal([0, -135], read.Staff.Select(s => s.CarriedMinutes));
        var anna = read.Staff[0];
        var original = problem.Staff[0];
        Assert.Equal((original.Id, original.Name, original.Role, original.Contract, original.IsTrained, original.QualifiedUntil), (anna.Id, anna.Name, anna.Role, anna.Contract, anna.IsTrained, anna.QualifiedUntil));
        Assert.Equal(original.Channels, anna.Channels);
        Assert.Equal(original.Absences, anna.Absences);
        Assert.Equal(original.Preferences, anna.Preferences);
    }

    [Fact]
    public void Write_ThenRead_KeepsNamedShiftsCoverLimitsRequestsAndSuccessions()
    {
        ShiftDefinition early = new("early", Time("07:00"), Duration.FromHours(8));
        ShiftDefinition late = new("late", Time("16:00"), Duration.FromHours(8));
        var limits = new WorkLimits
        {
            MaxConsecutiveWorkDays = 5, MinConsecutiveWorkDays = 2, MinConsecutiveDaysOff = 2, MaxWeekends = 1,
            MaxShiftsPerDefinition = new Dictionary<string, int> { ["late"] = 3 }, MinWorkedMinutes = 600, MaxWorkedMinutes = 2400,
        };
        var sam = Listener("sam") with
        {
            Limits = limits,
            Preferences = [new Preference(PreferenceKind.WantShift, Date: Monday, Weight: 2) { ShiftId = "early" }],
        };
        var problem = Problem([sam]) with
        {
            Shifts = [early, late],
            ShiftCover = [new ShiftCover(Monday, "late", 2, 100, 1)],
            Rules = RuleSettings.Default with
            {
                ContractHoursApply = false,
                ShiftStartStep = Duration.FromHours(1),
                ForbiddenSuccessions = new Dictionary<string, IReadOnlyList<string>> { ["late"] = ["early"] },
            },
        };

        var read = RotaDocument.Read(RotaDocument.Write(problem)).Problem;

        Assert.Equal(problem.Shifts, read.Shifts);
        Assert.Equal(problem.ShiftCover, read.ShiftCover);
        Assert.Equal(problem.Staff[0].Preferences, read.Staff[0].Preferences);
        var readLimits = read.Staff[0].Limits;
        Assert.Equal(limits with { MaxShiftsPerDefinition = readLimits.MaxShiftsPerDefinition }, readLimits);
        Assert.Equal(3, readLimits.MaxShiftsPerDefinition["late"]);
        Assert.False(read.Rules.ContractHoursApply);
        Assert.Equal(Duration.FromHours(1), read.Rules.ShiftStartStep);
        Assert.Equal(["early"], read.Rules.ForbiddenSuccessions["late"]);
    }

    [Fact]
    public void Write_ProblemWithoutNamedShifts_LeavesTheirFieldsOut()
    {
        var json = RotaDocument.Write(RichProblem());

        Assert.DoesNotContain("\"shifts\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"shiftCover\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"limits\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"forbiddenSuccessions\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Rota_UsesTheDocumentedPatterns()
    {
        var json = RotaDocument.Write(RichProblem(), [Shift("mia", Monday.PlusDays(1), "15:00", "20:00")]);
        var root = JsonNode.Parse(json)!.AsObject();

        Assert.Equal("2026-03-02", (string?)root["start"]);
        Assert.Equal(24.5m, (decimal?)root["staff"]![0]!["weeklyHours"]);
        Assert.Equal(2m, (decimal?)root["staff"]![0]!["extraHoursAllowed"]);
        var assignment = root["assignments"]![0]!.AsObject();
        Assert.Equal("2026-03-03", (string?)assignment["date"]);
        Assert.Equal("15:00", (string?)assignment["start"]);
        Assert.True(assignment.ContainsKey("breakStart"));
        Assert.Null(assignment["breakStart"]);
        Assert.Equal(30m, (decimal?)root["rules"]!["breakMinutes"]);
        Assert.Equal(12m, (decimal?)root["rules"]!["minDailyRestHours"]);
    }

    [Fact]
    public void Read_ProblemOnly_HasNoRotaAndDefaultRules()
    {
        const string json = """
            {"start":"2026-03-02","weeks":1,
             "staff":[{"id":"a","name":"A","role":"Listener","weeklyHours":24,"trained":true}],
             "opening":[{"date":"2026-03-02","open":"09:00","close":"20:00"}],
             "rules":{"breakMinutes":30,"minDailyRestHours":11.5}}
            """;

        var file = RotaDocument.Read(json);

        Assert.False(file.HasRota);
        Assert.Empty(file.Assignments);
        Assert.Equal(24 * 60, file.Problem.Staff[0].Contract.WeeklyMinutes);
        Assert.Equal(Duration.FromMinutes(30), file.Problem.Rules.BreakLength);
        Assert.Equal(Duration.FromMinutes(690), file.Problem.Rules.MinDailyRest);
        Assert.Equal(RuleSettings.Default.MaxDailyWork, file.Problem.Rules.MaxDailyWork);
        Assert.DoesNotContain("\"assignments\"", RotaDocument.Write(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"start":"2026-03-03","weeks":1,"staff":[]}""", "start: 2026-03-03 is a Tuesday, not a Monday")]
    [InlineData("""{"start":"2026-03-02","weeks":9,"staff":[]}""", "weeks: 9 is not between 1 and 6")]
    [InlineData("""{"start":"2026-03-02","weeks":1}""", "staff: is required")]
    [InlineData("""{"start":"02/03/2026","weeks":1,"staff":[]}""", "start: '02/03/2026' is not a date (yyyy-MM-dd)")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[{"id":"a","role":"Listener","weeklyHours":"35"}]}""", "staff[0].weeklyHours: has the wrong type (expected a number) (line 1)")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[{"id":"a","role":"Boss","weeklyHours":35}]}""", "staff[0].role: 'Boss' is not one of Listener, Manager")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[{"id":"a","role":"Listener","weeklyHours":35,"absences":[{"from":"2026-03-05","to":"2026-03-04"}]}]}""", "staff[0].absences[0].to: 2026-03-04 is before from 2026-03-05")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"opening":[{"date":"2026-03-02","open":"9h","close":"20:00"}]}""", "opening[0].open: '9h' is not a time (HH:mm)")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"assignments":[{"staffId":"x","date":"2026-03-02","start":"09:00","end":"13:00"}]}""", "assignments[0].staffId: 'x' is not in staff")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"colour":"red"}""", "colour: unknown field (line 1)")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"rules":{"breakMinutes":0.5}}""", "rules.breakMinutes: 0.5 is not a whole number of minutes")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"rules":{"slotMinutes":0}}""", "rules.slotMinutes: 0 must be more than 0")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"shifts":[{"id":"e","start":"07:00","end":"15:00"},{"id":"e2","start":"07:00","end":"15:00"}]}""", "shifts[1].end: 07:00-15:00 is already shift 'e'")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"shifts":[{"id":"n","start":"22:00","end":"06:00"}]}""", "shifts[0].end: 06:00 is not after start 22:00")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"shiftCover":[{"date":"2026-03-02","shiftId":"x","required":1,"underWeight":1,"overWeight":1}]}""", "shiftCover[0].shiftId: 'x' is not in shifts")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[{"id":"a","role":"Listener","weeklyHours":35,"preferences":[{"kind":"WantShift"}]}]}""", "staff[0].preferences[0].shiftId: is required")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[{"id":"a","role":"Listener","weeklyHours":35,"limits":{"maxConsecutiveWorkDays":0}}]}""", "staff[0].limits.maxConsecutiveWorkDays: 0 must be at least 1")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[{"id":"a","role":"Listener","weeklyHours":35,"limits":{"maxShifts":{"late":2}}}]}""", "staff[0].limits.maxShifts: 'late' is not in shifts")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"shifts":[{"id":"l","start":"14:00","end":"22:00"}],"rules":{"forbiddenSuccessions":{"l":["e"]}}}""", "rules.forbiddenSuccessions.l: 'e' is not in shifts")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"fairnessFrom":"2026-03-09"}""", "fairnessFrom: 2026-03-09 is after start 2026-03-02")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"referencePeriodEnd":"2026-03-07"}""", "referencePeriodEnd: 2026-03-07 is not a Sunday on or after the horizon's first Sunday 2026-03-08")]
    [InlineData("""{"start":"2026-03-02","weeks":2,"staff":[],"referencePeriodWeeks":4}""", "referencePeriodWeeks: needs referencePeriodEnd")]
    [InlineData("""{"start":"2026-03-02","weeks":2,"staff":[],"referencePeriodEnd":"2026-03-08","referencePeriodWeeks":1}""", "referencePeriodWeeks: 1 is not between 2 and 12")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[{"id":"a","role":"Listener","weeklyHours":35,"carriedHours":-1.01}]}""", "staff[0].carriedHours: -1.01 is not a whole number of minutes, or is out of range")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"opening":[{"date":"2026-03-02","open":"09:15","close":"20:00"}]}""", "opening[0].open: 09:15 is not on the 30-minute grid (slotMinutes)")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[{"id":"a","role":"Listener","weeklyHours":35}],"pinned":[{"staffId":"a","date":"2026-03-02","start":"09:00","end":"16:45"}]}""", "pinned[0].end: 16:45 is not on the 30-minute grid (slotMinutes)")]
    [InlineData("""{"start":"2026-03-02","weeks":1,"staff":[],"rules":{"slotMinutes":60},"demand":[{"date":"2026-03-02","start":"09:30","channel":"phone","required":2}]}""", "demand[0].start: 09:30 is not on the 60-minute grid (slotMinutes)")]
    [InlineData("""{"start":"2026-03-02", """, "$: is not valid JSON (line 1)")]
    public void Read_BadInput_NamesTheFieldInOneLine(string json, string expected)
    {
        var error = Assert.Throws<RotaFormatException>(() => RotaDocument.Read(json));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Read_BadBreakInSecondAssignment_NamesTheElementIndex()
    {
        const string json = """
            {"start":"2026-03-02","weeks":1,"staff":[{"id":"a","role":"Manager","weeklyHours":35}],
             "assignments":[{"staffId":"a","date":"2026-03-02","start":"09:00","end":"13:00","breakStart":null,"breakEnd":null},
                            {"staffId":"a","date":"2026-03-03","start":"09:00","end":"17:00","breakStart":"12:00"}]}
            """;

        var error = Assert.Throws<RotaFormatException>(() => RotaDocument.Read(json));

        Assert.Equal("assignments[1].breakEnd", error.Field);
        Assert.DoesNotContain('\n', error.Message);
    }
}
