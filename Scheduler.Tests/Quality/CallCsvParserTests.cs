using System.Text;
using NodaTime;
using Scheduler.Api.Features.Calls;
using Scheduler.Solver.Quality;

namespace Scheduler.Tests.Quality;

public sealed class CallCsvParserTests
{
    private const string Header = "call_id,channel,offered_at,answered_at,ended_at,listener_id";

    [Fact]
    public void Parse_GoodFile_ReturnsEveryRecord()
    {
        var result = CallCsvParser.Parse($"""
            {Header}
            c1,phone,2026-03-02T09:00:00+01:00,2026-03-02T09:00:20+01:00,2026-03-02T09:15:00+01:00,L1
            c2,chat,2026-03-02T08:05:00Z,,2026-03-02T08:06:00Z,
            """);

        Assert.False(result.IsRefused);
        Assert.Empty(result.Rejected);
        Assert.Equal(["c1", "c2"], result.Records.Select(r => r.CallId));
        Assert.Equal(CallChannel.Chat, result.Records[1].Channel);
        Assert.Null(result.Records[1].AnsweredAt);
    }

    [Fact]
    public void Parse_BadRows_KeepsGoodOnesAndReportsLineAndReason()
    {
        var result = CallCsvParser.Parse($"""
            {Header}
            c1,phone,2026-03-02T09:00:00+01:00,2026-03-02T09:00:20+01:00,2026-03-02T09:15:00+01:00,L1
            c2,fax,2026-03-02T09:00:00+01:00,,2026-03-02T09:01:00+01:00,
            c3,phone,not-a-date,,2026-03-02T09:01:00+01:00,
            c4,phone,2026-03-02T09:00:00+01:00,2026-03-02T08:00:00+01:00,2026-03-02T09:15:00+01:00,L1
            ,phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:01:00+01:00,
            c6,email,2026-03-02T09:00:00+01:00,,2026-03-02T09:01:00+01:00,L2
            """);

        Assert.Equal(["c1"], result.Records.Select(r => r.CallId));
        Assert.Equal(
            [(3, CallRowReasons.UnknownChannel), (4, CallRowReasons.BadInstant), (5, CallRowReasons.AnsweredBeforeOffered),
             (6, CallRowReasons.MissingCallId), (7, CallRowReasons.ListenerWithoutAnswer)],
            result.Rejected.Select(p => (p.Line, p.Reason)));
    }

    [Fact]
    public void Parse_CallerIdentityColumns_DroppedAndReported()
    {
        var result = CallCsvParser.Parse($"""
            queue,{Header},Caller_Number,ani,msisdn,site
            q1,c1,phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:03+01:00,,+33612345678,0612345678,33612345678,Lyon
            """);

        Assert.Single(result.Records);
        Assert.Equal(["Caller_Number", "ani", "msisdn"], result.DroppedColumns);
        Assert.Equal(["queue", "site"], result.IgnoredColumns);
        Assert.DoesNotContain(result.Records, r => r.ToString().Contains("612345678", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ColumnsInAnotherOrder_ReadByName()
    {
        var result = CallCsvParser.Parse("""
            listener_id,ended_at,answered_at,offered_at,channel,call_id
            L9,2026-03-02T09:10:00+01:00,2026-03-02T09:01:00+01:00,2026-03-02T09:00:00+01:00,phone,c1
            """);

        var record = Assert.Single(result.Records);
        Assert.Equal("L9", record.ListenerId);
        Assert.Equal(Duration.FromMinutes(1), record.WaitTime);
    }

    [Fact]
    public void Parse_DuplicateCallId_LaterRowWinsEarlierReported()
    {
        var result = CallCsvParser.Parse($"""
            {Header}
            c1,phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,
            c2,phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,
            c1,phone,2026-03-02T09:00:00+01:00,2026-03-02T09:00:10+01:00,2026-03-02T09:10:00+01:00,L1
            """);

        Assert.Equal(2, result.Records.Count);
        Assert.True(result.Records.Single(r => r.CallId == "c1").IsAnswered);
        var duplicate = Assert.Single(result.Rejected);
        Assert.Equal((2, CallRowReasons.DuplicateCallId), (duplicate.Line, duplicate.Reason));
        Assert.Contains("line 4", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShortRowAndQuotedFields_HandledPerRow()
    {
        var result = CallCsvParser.Parse($"""
            {Header}
            "c1","phone","2026-03-02T09:00:00+01:00","","2026-03-02T09:00:30+01:00",""
            c2,phone
            """);

        Assert.Equal(["c1"], result.Records.Select(r => r.CallId));
        Assert.Equal((3, CallRowReasons.BadInstant), (result.Rejected[0].Line, result.Rejected[0].Reason));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"calls\": []}")]
    [InlineData("id;channel;start\n1;phone;2026-03-02")]
    [InlineData("call_id,channel,offered_at\nc1,phone,2026-03-02T09:00:00Z")]
    public void Parse_NotACallRecordCsv_RefusedAsAWhole(string text)
    {
        var result = CallCsvParser.Parse(text);

        Assert.True(result.IsRefused);
        Assert.Contains("call_id,channel,offered_at,answered_at,ended_at,listener_id", result.Refusal, StringComparison.Ordinal);
        Assert.Empty(result.Records);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void Parse_BinaryFile_Refused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0x00, 0x10];

        var result = CallCsvParser.Parse(new MemoryStream(png));

        Assert.True(result.IsRefused);
    }

    [Fact]
    public void Parse_ByteOrderMarkAndCrLf_Accepted()
    {
        var text = "\uFEFF" + Header + "\r\nc1,phone,2026-03-02T09:00:00+01:00,,2026-03-02T09:00:30+01:00,\r\n";

        var result = CallCsvParser.Parse(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text[1..])).ToArray()));

        Assert.Equal("c1", Assert.Single(result.Records).CallId);
    }
}
