using CeasefireTracker.Data;
using CeasefireTracker.Features.Generation;
using CeasefireTracker.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// The generated 1M-report database the benchmarks read: made once (about a minute) and reused across runs.
/// CEASEFIRE_BENCH_DB names another file; CEASEFIRE_BENCH_REPORTS another size for a quick try.
/// </summary>
public static class BenchmarkDatabase
{
    public static int Reports => int.TryParse(Environment.GetEnvironmentVariable("CEASEFIRE_BENCH_REPORTS"), out var n) ? n : 1_000_000;

    public static string Path => Environment.GetEnvironmentVariable("CEASEFIRE_BENCH_DB") is { Length: > 0 } path
        ? System.IO.Path.GetFullPath(path)
        : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ceasefire-bench", $"tracker-{Reports}-seed42.db");

    /// <summary>Generates the file if it is not there yet, under a temporary name so an interrupted run leaves nothing half-written.</summary>
    public static string EnsureGenerated()
    {
        if (File.Exists(Path)) return Path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var partial = Path + ".partial";
        Console.WriteLine($"Generating {Reports:N0} reports into {Path} (once)...");
        GenerateCommand.GenerateAsync(new GenerationOptions
        {
            DatabasePath = partial, Reports = Reports, Events = Reports / 10, Statements = Reports / 100, Seed = 42, Force = true,
        }).GetAwaiter().GetResult();
        File.Move(partial, Path);
        return Path;
    }

    public static SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = EnsureGenerated(), Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>A context on the benchmark's open connection, as the app's factory gives one per operation.</summary>
    public static TrackerDbContext CreateContext(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connection).Options);

    public static IDbContextFactory<TrackerDbContext> Factory(SqliteConnection connection) => new ContextFactory(() => CreateContext(connection));

    /// <summary>Contexts on pooled connections of their own, as the app's registration gives them.</summary>
    public static IDbContextFactory<TrackerDbContext> PooledFactory()
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = EnsureGenerated(), Pooling = true }.ToString()).Options;
        return new ContextFactory(() => new TrackerDbContext(options));
    }

    public static T Scalar<T>(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T));
    }
}
