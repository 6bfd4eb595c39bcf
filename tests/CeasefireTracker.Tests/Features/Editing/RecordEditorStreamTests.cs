namespace CeasefireTracker.Tests.Features.Editing;

/// <summary>A batch write that comes in batches (an import) is still one operation: all of it, or nothing.</summary>
public sealed class RecordEditorStreamTests : EditorTestBase
{
    private static Party Reporter(int conflictId) =>
        new() { ConflictId = conflictId, Name = "Streamed monitoring group", Kind = PartyKind.Other, Role = PartyRole.Reporter };

    private static async IAsyncEnumerable<IReadOnlyList<RecordWrite>> Stream(params IReadOnlyList<RecordWrite>?[] batches)
    {
        foreach (var batch in batches)
        {
            await Task.Yield();
            // A null batch stands for a writer that fails part way (a file found broken after its first rows).
            yield return batch ?? throw new InvalidDataException("The file broke off.");
        }
    }

    [Fact]
    public async Task ALaterBatchMayReferToARecordAnEarlierBatchCreated()
    {
        var stored = await StoredReportAsync();
        var reporter = Reporter(stored.ConflictId);
        var report = Like(stored, reporter);
        var progress = new List<int>();

        var result = await Editor.ApplyStreamAsync(Stream([new(reporter, AuditAction.Create)], [new(report, AuditAction.Create)]),
            "streamed", new SynchronousProgress(progress.Add));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Index} {e.Property}: {e.Message}")));
        Assert.Equal(2, result.Written);
        Assert.Equal([1, 2], progress);
        await using var db = Database.CreateContext();
        var saved = await db.CasualtyReports.SingleAsync(r => r.Id == report.Id);
        Assert.Equal(reporter.Id, saved.ReportingPartyId);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.OperationId == result.OperationId));
    }

    [Fact]
    public async Task ABadRecordInALaterBatchLeavesTheEarlierBatchesUnwritten()
    {
        var stored = await StoredReportAsync();
        var before = await CountsAsync();
        var reporter = Reporter(stored.ConflictId);
        var bad = Like(stored, reporter);
        bad.BestEstimate = -5;

        var result = await Editor.ApplyStreamAsync(Stream([new(reporter, AuditAction.Create)], [new(bad, AuditAction.Create)]), "streamed");

        Assert.False(result.Succeeded);
        Assert.Equal(1, Assert.Single(result.Errors.Select(e => e.Index).Distinct()));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AWriterThatFailsPartWayLeavesNothingWritten()
    {
        var stored = await StoredReportAsync();
        var before = await CountsAsync();

        await Assert.ThrowsAsync<InvalidDataException>(() =>
            Editor.ApplyStreamAsync(Stream([new(Reporter(stored.ConflictId), AuditAction.Create)], null), "streamed"));

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ABatchStoresItsAuditEntriesAsASingleEditStoresThem()
    {
        var stored = await StoredReportAsync();
        var single = Reporter(stored.ConflictId);
        var edited = await Editor.CreateAsync(single, "one by one");
        var batched = Reporter(stored.ConflictId);
        batched.Name = "Batched monitoring group";

        var result = await Editor.ApplyStreamAsync(Stream(new List<RecordWrite> { new(batched, AuditAction.Create) }), "in a batch");

        Assert.True(edited.Succeeded && result.Succeeded, result.Message);
        await using var db = Database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.OperationId == result.OperationId);
        Assert.Equal((nameof(Party), batched.Id, AuditAction.Create, "in a batch", TestUsers.Analyst.Identity!.Name),
            (entry.EntityType, entry.EntityId, entry.Action, entry.Reason, entry.UserName));
        Assert.Null(entry.BeforeJson);
        Assert.Equal("Batched monitoring group", RecordSnapshot.Read(entry.AfterJson)[nameof(Party.Name)]);
        Assert.True(DateTime.UtcNow - entry.AtUtc < TimeSpan.FromHours(1), $"{entry.AtUtc:O} is not now");
        if (!db.Database.IsSqlite()) return;

        // Stored as EF stores them (SQLite keeps dates, enums and ids as text: their form is what queries compare).
        var forms = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT typeof("AtUtc") || ("AtUtc" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*') || '|' || "Action" || '|' || typeof("OperationId") || length("OperationId")
                || (upper("OperationId") = "OperationId") FROM "AuditEntries" WHERE "EntityType" = 'Party' AND "EntityId" IN ($single, $batched) ORDER BY "Id"
            """;
        command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$single", edited.Record!.Id));
        command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$batched", batched.Id));
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) forms.Add(reader.GetString(0));
        Assert.Equal(2, forms.Count);
        Assert.Equal(forms[0], forms[1]);
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
