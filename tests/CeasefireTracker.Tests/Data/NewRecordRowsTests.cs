using System.Data.Common;
using CeasefireTracker.Data.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CeasefireTracker.Tests.Data;

/// <summary>
/// New records saved through prepared inserts (<see cref="TrackerDbContext.SaveNewAsync"/>, an import's path on SQLite)
/// leave exactly the rows EF's save leaves: the records with their references to each other, the links of events to
/// parties, the summaries, the search index and the store's change stamp.
/// </summary>
public sealed class NewRecordRowsTests
{
    private static readonly string[] Tables =
    [
        "Parties", "DataSetRows", "TimelineEvents", "CasualtyReports", "TimelineEventParties",
        "LatestClaimSummaries", "KilledTollSummaries", "RecordCountSummaries", "SearchIndex",
    ];

    // Set anew on every save, by the clock or at random: compared by their stored form only (type, digits, letter case).
    private static readonly string[] Unrepeatable = ["Version", "CreatedAtUtc", "UpdatedAtUtc"];

    [Fact]
    public async Task PreparedInsertsLeaveTheRowsEfsSaveLeaves()
    {
        await using var viaEf = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var prepared = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var (efStamp, efSaved) = await SaveAsync(viaEf, (db, _, _) => db.SaveChangesAsync());
        var (preparedStamp, preparedSaved) = await SaveAsync(prepared, (db, rows, entries) => db.SaveNewAsync(rows, entries));

        Assert.Equal(efSaved, preparedSaved);
        Assert.NotEqual(Guid.Empty, preparedStamp);
        Assert.NotEqual(efStamp, preparedStamp);
        foreach (var table in Tables)
        {
            var (expected, actual) = (await RowsAsync(viaEf, table), await RowsAsync(prepared, table));
            Assert.True(expected.SequenceEqual(actual), $"{table}: EF's save wrote\n{string.Join("\n", expected.Except(actual))}\nprepared inserts\n{string.Join("\n", actual.Except(expected))}");
        }

        // Not a vacuous comparison: the links and the summaries of the new reports are there.
        Assert.Equal(2, (await RowsAsync(prepared, "TimelineEventParties")).Count(r => r.Contains($"TimelineEventId=Int64:{_eventId}")));
    }

    private int _eventId;

    /// <summary>A new party, data set row, event (linked to the new party and a stored one) and two reports referring to them.</summary>
    private async Task<(Guid Stamp, int Saved)> SaveAsync(TestDatabase database, Func<TrackerDbContext, NewRecordRows, IReadOnlyList<EntityEntry>, Task<int>> save)
    {
        await using var db = database.CreateContext();
        var conflict = await db.Conflicts.OrderBy(c => c.Id).FirstAsync();
        var side = await db.Sides.OrderBy(s => s.Id).FirstAsync(s => s.ConflictId == conflict.Id);
        var stored = await db.Parties.OrderBy(p => p.Id).FirstAsync();
        var source = await db.Sources.OrderBy(s => s.Id).FirstAsync();
        var party = new Party { ConflictId = conflict.Id, Name = "Data set reporter", NameInSource = "UCDP" };
        var row = new DataSetRow { DataSet = "UCDP GED", DataSetVersion = "23.1", RowId = "4711", ContentHash = "abc", SourceHeadline = "Clashes" };
        var occurred = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var happening = new TimelineEvent
        {
            Conflict = conflict, Title = "Clashes near the river", TimeZoneId = "UTC", OccurredAtLocal = occurred, OccurredAtUtc = occurred,
            Source = source, Quote = "", DataSetRow = row, Parties = [party, stored], PlaceName = "Riverside", Latitude = 48.5, Longitude = 37.9,
            ExternalId = "ged:4711",
        };
        var cumulative = new CasualtyReport
        {
            Conflict = conflict, AffectedSideId = side.Id, ReportingParty = party, Category = CasualtyCategory.Civilian, Kind = CasualtyKind.Killed,
            Basis = FigureBasis.Cumulative, BestEstimate = 12, Low = 10, High = 15, PeriodEnd = new DateOnly(2024, 3, 1), Source = source, Quote = "",
            DataSetRow = row, FigureNotInQuote = true, FigureNotInQuoteReason = "data set", ExternalId = "ged:4711:c",
        };
        var increment = new CasualtyReport
        {
            Conflict = conflict, AffectedSideId = side.Id, ReportingParty = party, Category = CasualtyCategory.Civilian, Kind = CasualtyKind.Killed,
            Basis = FigureBasis.Increment, BestEstimate = 3, PeriodStart = new DateOnly(2024, 3, 1), PeriodEnd = new DateOnly(2024, 3, 1),
            Source = source, Quote = "", DataSetRow = row, IncludedInReport = cumulative, Notes = "réunis", ExternalId = "ged:4711:i",
        };
        Entity[] records = [party, row, happening, cumulative, increment];
        foreach (var record in records) db.Add(record);
        var entries = records.Select(r => (EntityEntry)db.Entry(r)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync();
        using var rows = new NewRecordRows(db);
        var saved = await save(db, rows, entries);
        await transaction.CommitAsync();
        _eventId = happening.Id;
        Assert.All(records, r => Assert.True(r.Id > 0));
        Assert.Equal((party.Id, row.Id, cumulative.Id), (increment.ReportingPartyId, increment.DataSetRowId!.Value, increment.IncludedInReportId!.Value));
        await using var check = database.CreateContext();
        return (await check.StoreStamps.Select(s => s.Token).SingleAsync(), saved);
    }

    private static async Task<List<string>> RowsAsync(TestDatabase database, string table)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = table == "SearchIndex" ? "SELECT rowid, * FROM SearchIndex ORDER BY rowid" : $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join("; ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Value(reader, i)}")));
        return rows;
    }

    private static string Value(DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i)) return "null";
        var text = $"{reader.GetFieldType(i).Name}:{Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}";
        if (!Unrepeatable.Contains(reader.GetName(i))) return text;
        // Upper-case hex digits in a GUID, digits in a time, whatever they are.
        var shape = System.Text.RegularExpressions.Regex.Replace(text, "[0-9A-F]", "X");
        // A time's fraction has as many digits as it needs ("FFFFFFF").
        return System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(shape, "[a-f]", "x"), @"\.X+$", ".X");
    }
}
