using CeasefireTracker.Data.Caching;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Tests.Data.Caching;

public sealed class StoreStampTests
{
    private static async Task<Guid> StampAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.StoreStamps.AsNoTracking().Select(s => s.Token).SingleAsync();
    }

    [Fact]
    public async Task EverySaveOfARecordSetsANewStamp()
    {
        await using var database = await TestDatabase.CreateAsync();
        var before = await StampAsync(database);

        await using (var db = database.CreateContext())
        {
            var report = await db.CasualtyReports.FirstAsync();
            report.BestEstimate = (report.BestEstimate ?? 0) + 1;
            await db.SaveChangesAsync();
            var afterFirst = await StampAsync(database);
            Assert.NotEqual(before, afterFirst);

            // A second save on the same context (the stamp is tracked by then) moves it again.
            report.BestEstimate++;
            await db.SaveChangesAsync();
            Assert.NotEqual(afterFirst, await StampAsync(database));
        }
    }

    [Fact]
    public async Task ARecordChangedOnItsObjectIsSavedWithANewVersionAndTime()
    {
        await using var database = await TestDatabase.CreateAsync();
        int id;
        Guid version;
        DateTime updated;
        await using (var db = database.CreateContext())
        {
            var report = await db.CasualtyReports.FirstAsync();
            (id, version, updated) = (report.Id, report.Version, report.UpdatedAtUtc);
            report.BestEstimate = (report.BestEstimate ?? 0) + 1;
            await db.SaveChangesAsync();
            // The save looks for changes once and then stops looking while it writes; afterwards the context looks as before.
            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
        }

        await using var check = database.CreateContext();
        var saved = await check.CasualtyReports.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.NotEqual(version, saved.Version);
        Assert.True(saved.UpdatedAtUtc > updated, $"{saved.UpdatedAtUtc:O} is not after {updated:O}");
    }

    [Fact]
    public async Task ASaveThatIsRolledBackLeavesTheStampAsItWas()
    {
        await using var database = await TestDatabase.CreateAsync();
        var before = await StampAsync(database);

        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var report = await db.CasualtyReports.FirstAsync();
            report.BestEstimate = (report.BestEstimate ?? 0) + 1;
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Equal(before, await StampAsync(database));
    }

    [Fact]
    public async Task ThePollerPassesOnAChangeCommittedByAnotherProcess()
    {
        await using var database = await TestDatabase.CreateAsync();
        var options = Options.Create(new DatabaseOptions { ChangePollInterval = TimeSpan.FromMilliseconds(50) });
        using var poller = new StoreChangePoller(database.Factory, options, NullLogger<StoreChangePoller>.Instance);
        await poller.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(200);
            Assert.Equal(0, poller.ChangesSeen);

            // Another process's write: straight SQL, so this process's interceptor knows nothing of it.
            await using (var other = database.CreateContext())
                await other.StoreStamps.ExecuteUpdateAsync(s => s.SetProperty(x => x.Token, Guid.NewGuid()));

            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (poller.ChangesSeen == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
            Assert.Equal(1, poller.ChangesSeen);
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }
    }
}
