using NodaTime;
using Scheduler.Solver.Quality;

namespace Scheduler.Tests.Quality;

public sealed class CallRecordValidatorTests
{
    private static CallRecordInput Input(
        string? id = "c1",
        string? channel = "phone",
        string? offered = "2026-03-02T09:00:00+01:00",
        string? answered = "2026-03-02T09:00:30+01:00",
        string? ended = "2026-03-02T09:15:30+01:00",
        string? listener = "L1") => new(id, channel, offered, answered, ended, listener);

    [Fact]
    public void Validate_AnsweredCallWithOffset_ReadsInstantsInUtc()
    {
        var (record, problem) = CallRecordValidator.Validate(2, Input());

        Assert.Null(problem);
        Assert.Equal(Instant.FromUtc(2026, 3, 2, 8, 0), record!.OfferedAt);
        Assert.Equal(Duration.FromSeconds(30), record.WaitTime);
        Assert.Equal(Duration.FromMinutes(15), record.HandlingTime);
        Assert.Equal("L1", record.ListenerId);
    }

    [Fact]
    public void Validate_ZuluAndFractionalSeconds_Accepted()
    {
        var (record, problem) = CallRecordValidator.Validate(2, Input(offered: "2026-03-02T08:00:00.250Z", answered: "2026-03-02T08:00:01Z", ended: "2026-03-02T08:01:00Z"));

        Assert.Null(problem);
        Assert.Equal(Instant.FromUtc(2026, 3, 2, 8, 0).PlusNanoseconds(250_000_000), record!.OfferedAt);
    }

    [Fact]
    public void Validate_UnansweredWithoutListener_IsAbandoned()
    {
        var (record, problem) = CallRecordValidator.Validate(2, Input(answered: "", listener: "", ended: "2026-03-02T09:00:04+01:00"));

        Assert.Null(problem);
        Assert.False(record!.IsAnswered);
        Assert.Equal(Duration.FromSeconds(4), record.TimeToAbandon);
    }

    [Theory]
    [InlineData("", "phone", "2026-03-02T09:00:00+01:00", CallRowReasons.MissingCallId)]
    [InlineData("c1", "fax", "2026-03-02T09:00:00+01:00", CallRowReasons.UnknownChannel)]
    [InlineData("c1", "phone", "2026-03-02 09:00", CallRowReasons.BadInstant)]
    [InlineData("c1", "phone", "2026-03-02T09:00:00", CallRowReasons.BadInstant)]
    [InlineData("c1", "phone", "", CallRowReasons.BadInstant)]
    public void Validate_BadField_ReportsReason(string id, string channel, string offered, string reason)
    {
        var (record, problem) = CallRecordValidator.Validate(7, Input(id: id, channel: channel, offered: offered));

        Assert.Null(record);
        Assert.Equal(reason, problem!.Reason);
        Assert.Equal(7, problem.Line);
    }

    [Fact]
    public void Validate_AnsweredBeforeOffered_Rejected() =>
        Assert.Equal(CallRowReasons.AnsweredBeforeOffered,
            CallRecordValidator.Validate(2, Input(answered: "2026-03-02T08:59:59+01:00")).Problem!.Reason);

    [Fact]
    public void Validate_EndedBeforeAnswered_Rejected() =>
        Assert.Equal(CallRowReasons.EndedBeforeAnswered,
            CallRecordValidator.Validate(2, Input(ended: "2026-03-02T09:00:10+01:00")).Problem!.Reason);

    [Fact]
    public void Validate_UnansweredEndedBeforeOffered_Rejected() =>
        Assert.Equal(CallRowReasons.EndedBeforeOffered,
            CallRecordValidator.Validate(2, Input(answered: null, listener: null, ended: "2026-03-02T08:59:00+01:00")).Problem!.Reason);

    [Fact]
    public void Validate_ListenerWithoutAnswer_Rejected()
    {
        var problem = CallRecordValidator.Validate(2, Input(answered: " ")).Problem;

        Assert.Equal(CallRowReasons.ListenerWithoutAnswer, problem!.Reason);
        Assert.Contains("listener_id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadAnsweredAt_NamesTheField()
    {
        var problem = CallRecordValidator.Validate(2, Input(answered: "yesterday")).Problem;

        Assert.Equal(CallRowReasons.BadInstant, problem!.Reason);
        Assert.StartsWith("answered_at", problem.Message, StringComparison.Ordinal);
        Assert.Equal(("answered_at", "yesterday"), (problem.Field, problem.Value));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("telephone-fixe-du-standard-de-nuit-et-du-week-end", "telephone-fixe-du-standard-de-nuit-et-du…")]
    public void Validate_UnknownChannel_NamesTheFieldAndTheValueShortened(string? channel, string? shown)
    {
        var problem = CallRecordValidator.Validate(2, Input(channel: channel)).Problem;

        Assert.Equal((CallRowReasons.UnknownChannel, "channel", shown), (problem!.Reason, problem.Field, problem.Value));
    }
}
