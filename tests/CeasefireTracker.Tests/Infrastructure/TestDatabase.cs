using CeasefireTracker.Data;
using CeasefireTracker.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>A migrated SQLite file of its own in the temp folder, deleted on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static string SeedDirectory => System.IO.Path.Combine(AppContext.BaseDirectory, "seed-data");

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ceasefire-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();

    public TrackerDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(ConnectionString).Options);

    public IDbContextFactory<TrackerDbContext> Factory => new ContextFactory(CreateContext);

    public static async Task<TestDatabase> CreateAsync(bool seed = true)
    {
        var database = new TestDatabase();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        if (seed) await database.SeedAsync(SeedDirectory);
        return database;
    }

    public async Task<SeedResult> SeedAsync(string directory)
    {
        await using var db = CreateContext();
        return await new SeedImporter(db, NullLogger<SeedImporter>.Instance).ImportDirectoryAsync(directory);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
        return ValueTask.CompletedTask;
    }
}
