using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using Scheduler.Api.Data;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Calls;

/// <summary>
/// Inserts new call records with one prepared command inside the import's transaction. EF Core's change tracking costs
/// more than the database itself at 100,000 rows; a prepared INSERT keeps a large import within seconds. Instants are
/// bound as UTC <see cref="DateTime"/>, exactly as the model's value converter stores them.
/// </summary>
public static class CallRecordBulkInsert
{
    private const string Sql =
        "INSERT INTO CallRecords (CallId, Channel, OfferedAt, AnsweredAt, EndedAt, ListenerId) "
        + "VALUES (@callId, @channel, @offeredAt, @answeredAt, @endedAt, @listenerId)";

    public static async Task InsertAsync(SchedulerDbContext db, IReadOnlyList<CallRecord> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The bulk insert runs inside the import's transaction.");
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        var callId = Add(command, "@callId");
        var channel = Add(command, "@channel");
        var offered = Add(command, "@offeredAt");
        var answered = Add(command, "@answeredAt");
        var ended = Add(command, "@endedAt");
        var listener = Add(command, "@listenerId");
        foreach (var r in records)
        {
            callId.Value = r.CallId;
            channel.Value = CallChannels.Name(r.Channel);
            offered.Value = r.OfferedAt.ToDateTimeUtc();
            answered.Value = r.AnsweredAt is { } a ? a.ToDateTimeUtc() : DBNull.Value;
            ended.Value = r.EndedAt.ToDateTimeUtc();
            listener.Value = (object?)r.ListenerId ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
