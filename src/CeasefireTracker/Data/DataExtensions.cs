using System.Diagnostics;
using CeasefireTracker.Data.Caching;
using CeasefireTracker.Data.Integrity;
using CeasefireTracker.Data.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Data;

public static class DataExtensions
{
    public static WebApplicationBuilder AddTrackerData(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = StoreConnectionString(options, builder.Environment.ContentRootPath);

        // The factory serves Blazor components (a context per operation); it also registers a scoped context for
        // request-bound code such as Identity.
        builder.Services.AddDbContextFactory<TrackerDbContext>(o => o.UseTrackerStore(options.Provider, connectionString));
        builder.Services.AddSingleton<UnreadableRecords>();
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddHostedService<StoreChangePoller>();
        // Keys in the store: a cookie or antiforgery token issued by one instance is read by every other, and by
        // this one after a restart. One application name, whatever folder each instance runs from.
        builder.Services.AddDataProtection().PersistKeysToDbContext<TrackerDbContext>().SetApplicationName("CeasefireTracker");
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>The connection string of the configured store: PostgreSQL's as given, SQLite's built from its path.</summary>
    public static string StoreConnectionString(DatabaseOptions options, string contentRoot) => options.Provider switch
    {
        DatabaseProvider.PostgreSQL => string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException(
                "Database:Provider is PostgreSQL but Database:ConnectionString is empty: set it (Database__ConnectionString=Host=...;Database=...).")
            : options.ConnectionString,
        _ => string.IsNullOrWhiteSpace(options.ConnectionString)
            ? BuildConnectionString(options.Path, contentRoot)
            : options.ConnectionString,
    };

    public static string BuildConnectionString(string path, string contentRoot)
    {
        var fullPath = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return new SqliteConnectionStringBuilder { DataSource = fullPath, Pooling = true }.ToString();
    }

    /// <summary>
    /// Applies pending migrations, switches the file to WAL and imports missing seed records, unless the seed folder is
    /// unchanged since it was last imported into this store.
    /// </summary>
    public static async Task InitializeTrackerDatabaseAsync(this WebApplication app)
    {
        var clock = Stopwatch.StartNew();
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataExtensions));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        // Migrate() on an up-to-date store still takes EF's migration lock and compares the model with the migrations'
        // snapshot, most of a warm start's database time; StoreTests holds that comparison instead.
        var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
        if (pending > 0)
        {
            await MigrationLock.ClearStaleAsync(db, logger);
            await db.Database.MigrateAsync();
        }
        // WAL lets readers go on while an analyst writes; the mode is stored in the file, so once is enough.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        var seed = "off";
        if (options.SeedOnStartup)
        {
            var seedDirectory = Path.IsPathRooted(options.SeedDirectory)
                ? options.SeedDirectory
                : Path.Combine(AppContext.BaseDirectory, options.SeedDirectory);
            var result = await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportDirectoryIfChangedAsync(seedDirectory);
            seed = result.Unchanged ? "unchanged, not read" : $"{result.Added} records added";
        }

        logger.LogInformation("Database ready in {Elapsed} ms: {MigrationCount} migrations applied, seed {SeedOutcome}",
            clock.ElapsedMilliseconds, pending, seed);
    }
}
