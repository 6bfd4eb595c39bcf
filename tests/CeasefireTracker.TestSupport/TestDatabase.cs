using CeasefireTracker.Features.Editing;
using CeasefireTracker.Data;
using CeasefireTracker.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.TestSupport;

/// <summary>
/// A migrated store of its own, on the provider the run is for (<see cref="TestStore"/>): a SQLite file in the temp
/// folder, or a PostgreSQL database; copied from a migrated (and seeded) template, dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static string SeedDirectory => System.IO.Path.Combine(AppContext.BaseDirectory, "seed-data");

    private TestDatabase(DatabaseProvider provider, string? postgreSqlConnectionString)
    {
        Provider = provider;
        ConnectionString = postgreSqlConnectionString
                           ?? new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file (unused on PostgreSQL).</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ceasefire-test-{Guid.NewGuid():N}.db");

    public string ConnectionString { get; }

    public TrackerDbContext CreateContext() => new(StoreProviders.TrackerOptions(Provider, ConnectionString));

    public IDbContextFactory<TrackerDbContext> Factory => new ContextFactory(CreateContext);

    public static Task<TestDatabase> CreateAsync(bool seed = true) => CreateAsync(TestStore.Provider, seed);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool seed = true)
    {
        if (provider == DatabaseProvider.PostgreSQL)
            return new TestDatabase(provider, await CreatePostgreSqlCopyAsync(seed));

        var database = new TestDatabase(provider, null);
        await CopySqliteTemplateAsync(database.Path, seed);
        return database;
    }

    /// <summary>A new PostgreSQL database copied from this process's migrated (and seeded) template: its connection string.</summary>
    public static Task<string> CreatePostgreSqlCopyAsync(bool seed) =>
        TestStore.CreatePostgreSqlDatabaseAsync(seed ? "seeded" : "empty", cs => PrepareAsync(DatabaseProvider.PostgreSQL, cs, seed));

    /// <summary>Copies this process's migrated (and seeded) SQLite template to <paramref name="path"/>, made on first use.</summary>
    public static async Task CopySqliteTemplateAsync(string path, bool seed)
    {
        var template = await SqliteTemplates.GetOrAdd(seed ? "seeded" : "empty", _ => CreateSqliteTemplateAsync(seed));
        File.Copy(template, path);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string>> SqliteTemplates = new();

    private static async Task<string> CreateSqliteTemplateAsync(bool seed)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ceasefire-template-{Guid.NewGuid():N}.db");
        await PrepareAsync(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString(), seed);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }

    private static async Task PrepareAsync(DatabaseProvider provider, string connectionString, bool seed)
    {
        await using (var db = new TrackerDbContext(StoreProviders.TrackerOptions(provider, connectionString)))
            await db.Database.MigrateAsync();
        if (!seed) return;
        await using var seeding = new TrackerDbContext(StoreProviders.TrackerOptions(provider, connectionString));
        await Importer(seeding).ImportDirectoryAsync(SeedDirectory);
    }

    public async Task<SeedResult> SeedAsync(string directory)
    {
        await using var db = CreateContext();
        return await Importer(db).ImportDirectoryAsync(directory);
    }

    /// <summary>The seed importer as the app builds it, writing through the batch write into <paramref name="db"/>.</summary>
    public static SeedImporter Importer(TrackerDbContext db) =>
        new(db, new SystemRecordWriter(NullLogger<SystemRecordWriter>.Instance), NullLogger<SeedImporter>.Instance);

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSQL)
        {
            await TestStore.DropPostgreSqlDatabaseAsync(ConnectionString);
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }
}
