using CeasefireTracker.Data.Integrity;

namespace CeasefireTracker.Tests.Data;

public sealed class UnreadableRecordsTests
{
    [Fact]
    public void AHealthyStoreKeepsEveryQueryAsItWas()
    {
        var unreadable = new UnreadableRecords(null!, TimeProvider.System, NullLogger<UnreadableRecords>.Instance);
        using var db = new TrackerDbContext(StoreProviders.TrackerOptions(DatabaseProvider.Sqlite, "Data Source=:memory:"), unreadable);
        var sql = db.CasualtyReports.Where(r => r.ConflictId == 1).OrderBy(r => r.PeriodEnd).ToQueryString();
        Assert.DoesNotContain("json_each", sql);
        Assert.DoesNotContain("NOT IN", sql);
        Assert.Contains("\"IsDeleted\"", sql);
    }

    [Fact, Trait("Category", TestStore.SqliteOnly)]
    public async Task AScanFindsEveryUnreadableDateAndReadsThenLeaveItsRecordOut()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var factory = new ContextFactory(database.CreateContext);
        int reportId, eventId, reports;
        await using (var db = database.CreateContext())
        {
            reportId = await db.CasualtyReports.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            eventId = await db.TimelineEvents.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
            reports = await db.CasualtyReports.CountAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE \"CasualtyReports\" SET \"PeriodStart\" = '2020-02-30' WHERE \"Id\" = {0}", reportId);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"TimelineEvents\" SET \"OccurredAtLocal\" = 'le 9 octobre' WHERE \"Id\" = {0}", eventId);
        }
        var unreadable = new UnreadableRecords(factory, TimeProvider.System, NullLogger<UnreadableRecords>.Instance);

        await unreadable.ScanAsync();

        Assert.Equal(
            [("CasualtyReport", reportId, "PeriodStart", "2020-02-30"), ("TimelineEvent", eventId, "OccurredAtLocal", "le 9 octobre")],
            unreadable.Current.Select(r => (r.EntityType, r.Id, r.Field, r.StoredText)).Order());
        await using var reading = new TrackerDbContext(StoreProviders.TrackerOptions(DatabaseProvider.Sqlite, database.ConnectionString), unreadable);
        Assert.Equal(reports - 1, (await reading.CasualtyReports.ToListAsync()).Count);
        Assert.DoesNotContain(await reading.TimelineEvents.Select(e => e.Id).ToListAsync(), id => id == eventId);
    }
}
