using CeasefireTracker.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Data;

public static class DataExtensions
{
    public static WebApplicationBuilder AddTrackerData(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = BuildConnectionString(options.Path, builder.Environment.ContentRootPath);

        // The factory serves Blazor components (a context per operation); it also registers a scoped context for
        // request-bound code such as Identity.
        builder.Services.AddDbContextFactory<TrackerDbContext>(o => o.UseSqlite(connectionString));
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static string BuildConnectionString(string path, string contentRoot)
    {
        var fullPath = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return new SqliteConnectionStringBuilder { DataSource = fullPath, Pooling = true }.ToString();
    }

    /// <summary>Applies migrations, switches the file to WAL and imports missing seed records.</summary>
    public static async Task InitializeTrackerDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var __sw = System.Diagnostics.Stopwatch.StartNew();
        _ = db.Model;
        Serilog.Log.Information("T model {Elapsed} ms", __sw.ElapsedMilliseconds);
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
            await db.Database.MigrateAsync();
        Serilog.Log.Information("T migrate {Elapsed} ms", __sw.ElapsedMilliseconds);
        // WAL lets readers go on while an analyst writes; the mode is stored in the file, so once is enough.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        if (!options.SeedOnStartup) return;
        var seedDirectory = Path.IsPathRooted(options.SeedDirectory)
            ? options.SeedDirectory
            : Path.Combine(AppContext.BaseDirectory, options.SeedDirectory);
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportDirectoryIfChangedAsync(seedDirectory);
    }
}
