using Scheduler.Solver.Quality;

namespace Scheduler.Tests.Quality;

public sealed class CallerIdentityColumnsTests
{
    [Theory]
    [InlineData("caller_number")]
    [InlineData("Caller Number")]
    [InlineData("callerId")]
    [InlineData("callerEmail")]
    [InlineData("ANI")]
    [InlineData("from-number")]
    [InlineData("phoneNumber")]
    [InlineData("msisdn")]
    [InlineData("CLI")]
    [InlineData("calling_number")]
    public void IsCallerIdentity_CallerColumn_True(string column) => Assert.True(CallerIdentityColumns.IsCallerIdentity(column));

    [Theory]
    [InlineData("queue")]
    [InlineData("site")]
    [InlineData("listener_id")]
    [InlineData("wrap_up_code")]
    public void IsCallerIdentity_OtherColumn_False(string column) => Assert.False(CallerIdentityColumns.IsCallerIdentity(column));
}
