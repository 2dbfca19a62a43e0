using Scheduler.Solver.Quality;

namespace Scheduler.Api.Web;

/// <summary>
/// The refused rows of a call import, in the reader's language (see <see cref="UiText"/>): the reason's name and a
/// sentence built from what the validator recorded (<see cref="CallRowProblem.Field"/>, <see cref="CallRowProblem.Value"/>,
/// <see cref="CallRowProblem.ReplacedByLine"/>), not from its English message.
/// </summary>
public abstract partial class UiText
{
    public abstract string CallRowReasonName(string reason);

    /// <summary>What is wrong with the row and how to put it right; null for a reason this text does not know (a newer code).</summary>
    public abstract string? CallRowDetail(CallRowProblem problem);
}
