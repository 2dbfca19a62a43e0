using Scheduler.Solver.Staffing;

namespace Scheduler.Tests.Staffing;

public sealed class NumericsTests
{
    // Reference values from the Taylor series x + x²/2 + x³/6 + x⁴/24, exact to double precision for |x| ≤ 1e-4.
    [Theory]
    [InlineData(1e-10)]
    [InlineData(-3e-8)]
    [InlineData(1e-4)]
    public void ExpM1_SmallArguments_KeepsFullRelativePrecision(double x)
    {
        var series = x + (x * x / 2) + (x * x * x / 6) + (x * x * x * x / 24);

        Assert.Equal(series, Numerics.ExpM1(x), Math.Abs(series) * 1e-15);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-5.0)]
    [InlineData(30.0)]
    public void ExpM1_LargerArguments_AgreesWithExp(double x) =>
        Assert.Equal(Math.Exp(x) - 1, Numerics.ExpM1(x), Math.Abs(Math.Exp(x) - 1) * 1e-14);

    [Fact]
    public void ExpM1_VeryNegative_IsMinusOne() => Assert.Equal(-1, Numerics.ExpM1(-800));
}
