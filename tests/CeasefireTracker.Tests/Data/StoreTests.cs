namespace CeasefireTracker.Tests.Data;

public sealed class StoreTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSQL)]
    public void EachProvidersCommittedMigrationsMatchTheModel(DatabaseProvider provider)
    {
        // No connection needed: the model is compared with the provider's own snapshot.
        using var db = new TrackerDbContext(StoreProviders.TrackerOptions(provider,
            provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=unused"));
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes no migration holds: add a migration (README, Development).");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void EachProviderSeesOnlyItsOwnMigrations()
    {
        using var sqlite = new TrackerDbContext(StoreProviders.TrackerOptions(DatabaseProvider.Sqlite, "Data Source=:memory:"));
        using var postgreSql = new TrackerDbContext(StoreProviders.TrackerOptions(DatabaseProvider.PostgreSQL, "Host=localhost;Database=unused"));
        Assert.Empty(sqlite.Database.GetMigrations().Intersect(postgreSql.Database.GetMigrations()));
        Assert.Contains(postgreSql.Database.GetMigrations(), m => m.EndsWith("_PostgreSqlInitialCreate", StringComparison.Ordinal));
        Assert.DoesNotContain(sqlite.Database.GetMigrations(), m => m.EndsWith("_PostgreSqlInitialCreate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCommittedMigrationsMatchTheModel()
    {
        await using var database = await TestDatabase.CreateAsync(seed: false);
        await using var db = database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration holds: add a migration.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task ASecondSaveOverAStaleVersionIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-az-civilians-killed-30");
        var theirs = await second.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-az-civilians-killed-30");

        mine.BestEstimate = 32;
        await first.SaveChangesAsync();
        theirs.BestEstimate = 33;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task DeletedRecordsAreHiddenFromOrdinaryReads()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            var report = await db.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-am-civilians-killed-19");
            report.IsDeleted = true;
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        Assert.Equal(8, await check.CasualtyReports.CountAsync());
        Assert.Equal(9, await check.CasualtyReports.IgnoreQueryFilters().CountAsync());
    }
}
