using Scheduler.Solver.Benchmarks.ShiftScheduling;

namespace Scheduler.Tests.Benchmarks;

public sealed class InstanceLoaderTests
{
    [Fact]
    public void Parse_HandWrittenInstance_ReadsEverySection()
    {
        var instance = ShiftSchedulingSamples.Load();

        Assert.Equal(7, instance.Days);
        Assert.Equal(["E", "L"], instance.Shifts.Select(s => s.Id));
        Assert.Equal(600, instance.Shift("L")!.LengthMinutes);
        Assert.Equal(["E"], instance.Shift("L")!.CannotFollow);
        Assert.Empty(instance.Shift("E")!.CannotFollow);
        var a = instance.Employee("a")!;
        Assert.Equal((3000, 960, 3, 2, 2, 1), (a.MaxTotalMinutes, a.MinTotalMinutes, a.MaxConsecutiveShifts, a.MinConsecutiveShifts, a.MinConsecutiveDaysOff, a.MaxWeekends));
        Assert.Equal(2, a.MaxShifts["L"]);
        Assert.True(instance.IsDayOff("b", 0));
        Assert.False(instance.IsDayOff("b", 1));
        Assert.Equal(new ShiftRequest("b", 3, "L", 1), instance.OnRequests[1]);
        Assert.Equal(new ShiftRequest("a", 2, "E", 3), Assert.Single(instance.OffRequests));
        Assert.Equal(6, instance.Cover.Count);
        Assert.Equal(0, instance.Cover[1].Requirement);
    }

    [Fact]
    public void Parse_CrlfLineEndings_SameInstance()
    {
        var instance = InstanceLoader.Parse(ShiftSchedulingSamples.OneWeek.ReplaceLineEndings("\r\n"));

        Assert.Equal(ShiftSchedulingSamples.Load().Cover, instance.Cover);
        Assert.Equal(["E"], instance.Shift("L")!.CannotFollow);
    }

    [Theory]
    [InlineData("2,L,2,100,1", "2,X,2,100,1", "unknown shift 'X'")]
    [InlineData("b,3,L,1", "b,3,L", "expected 4 fields")]
    [InlineData("a,E=7|L=2,3000", "a,E=7|L=two,3000", "shift limit 'two' is not an integer")]
    [InlineData("b,0\n", "b,9\n", "day 9 is outside 0..6")]
    [InlineData("# days\n7", "# days\n10", "horizon 10 is not a positive whole number of weeks")]
    public void Parse_BadLine_NamesTheLine(string good, string bad, string expected)
    {
        var text = ShiftSchedulingSamples.OneWeek.Replace(good, bad, StringComparison.Ordinal);
        Assert.NotEqual(ShiftSchedulingSamples.OneWeek, text);

        var error = Assert.Throws<InstanceFormatException>(() => InstanceLoader.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("line ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void SolutionCsv_WriteThenParse_RoundTrips()
    {
        var roster = ShiftSchedulingSamples.Feasible();

        var text = SolutionCsv.Write(roster);

        Assert.StartsWith("employee,day,shift\na,0,E\n", text, StringComparison.Ordinal);
        Assert.Equal(roster.OrderBy(a => a.EmployeeId).ThenBy(a => a.Day), SolutionCsv.Parse(text));
    }

    [Fact]
    public void SolutionCsv_MissingHeader_Rejected() =>
        Assert.Throws<InstanceFormatException>(() => SolutionCsv.Parse("a,0,E\n"));
}
