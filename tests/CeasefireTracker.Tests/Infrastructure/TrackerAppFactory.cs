using CeasefireTracker.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// The real app, with only its database swapped for a temporary file, or on a PostgreSQL run (<see cref="TestStore"/>)
/// for a new database copied from a migrated, unseeded template (and logs kept out of the repo).
/// </summary>
public class TrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"ceasefire-http-{Guid.NewGuid():N}.db");
    private bool _keepDatabase;
    private string? _postgreSqlConnectionString;

    public virtual string DatabasePath => _databasePath;

    public virtual DatabaseProvider Provider => TestStore.Provider;

    /// <summary>The app's PostgreSQL database (created when the host is built); null on SQLite.</summary>
    public string? PostgreSqlConnectionString => _postgreSqlConnectionString;

    /// <summary>A context on the app's store, for arranging and checking data behind the app's back.</summary>
    public TrackerDbContext CreateStoreContext() => Provider == DatabaseProvider.PostgreSQL
        ? new TrackerDbContext(StoreProviders.TrackerOptions(Provider, PostgreSqlConnectionString
                                                                      ?? throw new InvalidOperationException("The app has not started yet.")))
        : new TrackerDbContext(StoreProviders.TrackerOptions(Provider,
            new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString()));

    /// <summary>One log folder for the test run: every app host of the process writes the same (shared) file.</summary>
    public static string LogDirectory { get; } = Path.Combine(Path.GetTempPath(), $"ceasefire-logs-{Environment.ProcessId}");

    static TrackerAppFactory()
    {
        // An in-memory override of the file sink's path leaves Serilog's configuration reader with a nameless
        // sink; environment variables merge cleanly, and no test needs another value.
        Environment.SetEnvironmentVariable("Serilog__WriteTo__File__Args__path", Path.Combine(LogDirectory, "test-.log"));
        Environment.SetEnvironmentVariable("Serilog__WriteTo__File__Args__shared", "true");
    }

    /// <summary>Extra settings a test class needs, applied on top of the defaults.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Path"] = DatabasePath,
        };
        if (Provider == DatabaseProvider.PostgreSQL)
        {
            _postgreSqlConnectionString ??= TestStore.CreatePostgreSqlDatabaseAsync("migrated", async connectionString =>
            {
                await using var db = new TrackerDbContext(StoreProviders.TrackerOptions(Provider, connectionString));
                await db.Database.MigrateAsync();
            }).GetAwaiter().GetResult();
            settings["Database:Provider"] = nameof(DatabaseProvider.PostgreSQL);
            settings["Database:ConnectionString"] = _postgreSqlConnectionString;
        }

        foreach (var (key, value) in Settings) settings[key] = value;
        if (settings["Database:Path"] != DatabasePath) throw new InvalidOperationException("Override DatabasePath, not the setting.");

        // Settings read while the app is wired (the database path) come from UseSetting; settings read from the
        // built host's configuration (Serilog's sinks) need a source that comes after appsettings.json, so both.
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
    }

    /// <summary>Stops the app but leaves its database file for a second start.</summary>
    public ValueTask DisposeWithoutDeletingAsync()
    {
        _keepDatabase = true;
        return DisposeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_keepDatabase) return;
        if (_postgreSqlConnectionString is not null) await TestStore.DropPostgreSqlDatabaseAsync(_postgreSqlConnectionString);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
        GC.SuppressFinalize(this);
    }
}
