using System.Reflection;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Web;
using Scheduler.Solver.Quality;

namespace Scheduler.Tests.Pages;

/// <summary>
/// The import page's detail of a refused row, in French and in English, for every reason the import can give: built
/// from the problems a real file produces, so a new reason or a new way to fail without a sentence is caught here.
/// </summary>
public sealed class CallRowTextTests
{
    private const string Header = "call_id,channel,offered_at,answered_at,ended_at,listener_id";

    /// <summary>One or more lines for each reason (lines 2 and 11 share an id: line 2 is the repeated one).</summary>
    private static readonly IReadOnlyList<CallRowProblem> Problems = CallCsvParser.Parse($"""
        {Header}
        twice,phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,
        ,phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,
        {new string('x', 65)},phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,
        fax-1,fax,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,
        blank-channel,,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,
        yesterday-1,phone,yesterday,,2026-03-02T09:00:30+01:00,
        no-end,phone,2026-03-02T09:00:00+01:00,,,
        early-answer,phone,2026-03-02T09:00:00+01:00,2026-03-02T08:59:00+01:00,2026-03-02T09:10:00+01:00,L1
        early-end,phone,2026-03-02T09:00:00+01:00,2026-03-02T09:01:00+01:00,2026-03-02T09:00:30+01:00,L1
        twice,phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,
        before-offer,phone,2026-03-02T09:00:00+01:00,,2026-03-02T08:00:00+01:00,
        nobody-answered,phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,L1
        "broken,phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,
        """).Rejected;

    public static TheoryData<int> Lines() => [.. Problems.Select(p => p.Line)];

    [Fact]
    public void Samples_CoverEveryReason()
    {
        var reasons = typeof(CallRowReasons).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);

        Assert.Equal(reasons, Problems.Select(p => p.Reason).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void CallRowDetail_EveryReason_HasItsOwnFrenchAndEnglishSentence(int line)
    {
        var problem = Problems.Single(p => p.Line == line);

        var french = UiText.French.CallRowDetail(problem);
        var english = UiText.English.CallRowDetail(problem);

        Assert.False(string.IsNullOrWhiteSpace(french), $"{problem.Reason}: no French sentence");
        Assert.False(string.IsNullOrWhiteSpace(english), $"{problem.Reason}: no English sentence");
        Assert.NotEqual(english, french);
        Assert.NotEqual(problem.Message, french);
        Assert.NotEqual(UiText.English.CallRowReasonName(problem.Reason), UiText.French.CallRowReasonName(problem.Reason));
        Assert.NotEqual(problem.Reason, UiText.French.CallRowReasonName(problem.Reason));
    }

    [Theory]
    [InlineData(5, "Le canal « fax » n'est pas reconnu : phone, chat ou email attendu.")]
    [InlineData(6, "La colonne channel est vide : phone, chat ou email attendu.")]
    [InlineData(7, "« yesterday » dans offered_at n'est pas une date et heure ISO 8601 avec son décalage ou Z (par exemple 2026-03-02T09:00:05+01:00).")]
    [InlineData(8, "La colonne ended_at est vide : la date et l'heure y sont obligatoires.")]
    [InlineData(2, "Le même identifiant revient ligne 11, qui remplace celle-ci.")]
    public void CallRowDetail_French_NamesTheFieldAndTheValue(int line, string expected) =>
        Assert.Equal(expected, UiText.French.CallRowDetail(Problems.Single(p => p.Line == line)));

    [Fact]
    public void CallRowDetail_LongValue_IsShownShortened()
    {
        var tooLong = Problems.Single(p => p.Reason == CallRowReasons.CallIdTooLong);

        Assert.Equal(new string('x', 40) + "…", tooLong.Value);
        Assert.Contains($"« {tooLong.Value} » dépasse 64 caractères", UiText.French.CallRowDetail(tooLong), StringComparison.Ordinal);
    }

    [Fact]
    public void CallRowDetail_UnknownReason_IsNullSoThePageShowsTheEnglishMessage() =>
        Assert.Null(UiText.French.CallRowDetail(new CallRowProblem(2, "c1", "some-new-reason", "Something new.")));
}
