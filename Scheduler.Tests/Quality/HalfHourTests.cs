using NodaTime;
using Scheduler.Solver.Quality;
using static Scheduler.Tests.Quality.QualityTestData;

namespace Scheduler.Tests.Quality;

public sealed class HalfHourTests
{
    [Theory]
    [InlineData(2026, 3, 28, 48)]
    [InlineData(2026, 3, 29, 46)]
    [InlineData(2026, 10, 25, 50)]
    public void Of_LocalDate_OneHalfHourPerThirtyElapsedMinutes(int year, int month, int day, int expected) =>
        Assert.Equal(expected, HalfHour.Of(new LocalDate(year, month, day), Paris).Count);

    [Fact]
    public void Containing_Instant_FloorsToLocalHalfHour()
    {
        var half = HalfHour.Containing(At(2026, 3, 2, 9, 44, 59), Paris);

        Assert.Equal((new LocalDate(2026, 3, 2), new LocalTime(9, 30)), (half.Date, half.LocalStart));
        Assert.Equal(At(2026, 3, 2, 9, 30), half.Start);
        Assert.Equal(At(2026, 3, 2, 10, 0), half.End);
    }

    [Fact]
    public void Of_SpringForward_SkipsTwoOClock()
    {
        var locals = HalfHour.Of(new LocalDate(2026, 3, 29), Paris).Select(h => h.LocalStart).ToList();

        Assert.Equal(new LocalTime(1, 30), locals[3]);
        Assert.Equal(new LocalTime(3, 0), locals[4]);
    }
}
