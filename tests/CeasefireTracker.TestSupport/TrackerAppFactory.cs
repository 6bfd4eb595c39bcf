using System.Net;
using CeasefireTracker.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.TestSupport;

/// <summary>
/// The real app, with only its database swapped: a temporary file, or on a PostgreSQL run (<see cref="TestStore"/>) a
/// new database; either copied from the migrated, seeded template of <see cref="TestDatabase"/>, so the app's own start
/// finds nothing to migrate or import (and logs kept out of the repo). In-process for HTTP tests, or on a loopback
/// port (<see cref="StartOnLoopback"/>) for a real browser or a proxy.
/// </summary>
public class TrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"ceasefire-http-{Guid.NewGuid():N}.db");
    private bool _keepDatabase;
    private string? _postgreSqlConnectionString;

    public virtual string DatabasePath => _databasePath;

    public virtual DatabaseProvider Provider => TestStore.Provider;

    private bool _sharedDatabase;

    /// <summary>
    /// The app's PostgreSQL database: created when the host is built, or set to share another's (several instances
    /// on one store; a shared database is left for its owner to drop). Null on SQLite.
    /// </summary>
    public string? PostgreSqlConnectionString
    {
        get => _postgreSqlConnectionString;
        init => (_postgreSqlConnectionString, _sharedDatabase) = (value, value is not null);
    }

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

    /// <summary>
    /// False for a test of what the app's own start does to a new store (migrate, import the seed): a SQLite store then
    /// starts as no file, as in a first deployment; a PostgreSQL one migrated but empty.
    /// </summary>
    protected virtual bool StartsFromTemplate => true;

    /// <summary>Serves the app with Kestrel on a free loopback port and returns its address (ending in '/').</summary>
    public string StartOnLoopback(Action<KestrelServerOptions>? configure = null)
    {
        UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            configure?.Invoke(options);
        });
        StartServer();
        return Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First().TrimEnd('/') + "/";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Path"] = DatabasePath,
            // Tests check what a reader sees, on a machine the whole run keeps busy: a render waits its turn instead of
            // being refused after the short production wait. ReaderAdmissionTests set their own limits.
            ["ReaderAdmission:MaxQueueWaitMilliseconds"] = "30000",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        if (settings["Database:Path"] != DatabasePath) throw new InvalidOperationException("Override DatabasePath, not the setting.");

        // The template holds the default seed folder's import: a class that reads another folder, or none, starts empty.
        var seeded = StartsFromTemplate && !settings.ContainsKey("Database:SeedDirectory")
                     && !string.Equals(settings.GetValueOrDefault("Database:SeedOnStartup"), "false", StringComparison.OrdinalIgnoreCase);
        if (Provider == DatabaseProvider.PostgreSQL)
        {
            // Migrated either way: the server holds no unmigrated template, and migrating each test's database is slow.
            _postgreSqlConnectionString ??= TestDatabase.CreatePostgreSqlCopyAsync(seeded).GetAwaiter().GetResult();
            settings["Database:Provider"] = nameof(DatabaseProvider.PostgreSQL);
            settings["Database:ConnectionString"] = _postgreSqlConnectionString;
        }
        else if (StartsFromTemplate && !File.Exists(DatabasePath))
        {
            TestDatabase.CopySqliteTemplateAsync(DatabasePath, seeded).GetAwaiter().GetResult();
        }

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
        if (_postgreSqlConnectionString is not null && !_sharedDatabase)
            await TestStore.DropPostgreSqlDatabaseAsync(_postgreSqlConnectionString);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
        GC.SuppressFinalize(this);
    }
}
