using System.Data.Common;
using CeasefireTracker.Features.Generation;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// The generated 1M-report database the benchmarks read: made once (about a minute) and reused across runs.
/// CEASEFIRE_BENCH_DB names another file; CEASEFIRE_BENCH_REPORTS another size for a quick try.
/// CEASEFIRE_BENCH_PROVIDER=PostgreSQL with CEASEFIRE_BENCH_PG=&lt;connection string&gt; reads a PostgreSQL database
/// instead (generated into it once when it holds no records), for the grid, count and timeline benchmarks.
/// </summary>
public static class BenchmarkDatabase
{
    public static int Reports => int.TryParse(Environment.GetEnvironmentVariable("CEASEFIRE_BENCH_REPORTS"), out var n) ? n : 1_000_000;

    public static bool IsPostgreSql => string.Equals(Environment.GetEnvironmentVariable("CEASEFIRE_BENCH_PROVIDER"),
        nameof(DatabaseProvider.PostgreSQL), StringComparison.OrdinalIgnoreCase);

    private static string PostgreSqlConnectionString => Environment.GetEnvironmentVariable("CEASEFIRE_BENCH_PG") is { Length: > 0 } pg
        ? pg
        : throw new InvalidOperationException("CEASEFIRE_BENCH_PROVIDER=PostgreSQL needs CEASEFIRE_BENCH_PG=<connection string>.");

    public static string Path => Environment.GetEnvironmentVariable("CEASEFIRE_BENCH_DB") is { Length: > 0 } path
        ? System.IO.Path.GetFullPath(path)
        : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ceasefire-bench", $"tracker-{Reports}-seed42.db");

    private static GenerationOptions Options(string path) => new()
    {
        DatabasePath = path, Reports = Reports, Events = Reports / 10, Statements = Reports / 100, Seed = 42, Force = true,
    };

    /// <summary>Generates the file if it is not there yet, under a temporary name so an interrupted run leaves nothing half-written.</summary>
    public static string EnsureGenerated()
    {
        if (IsPostgreSql) return EnsureGeneratedPostgreSql();
        if (File.Exists(Path)) return Path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var partial = Path + ".partial";
        Console.WriteLine($"Generating {Reports:N0} reports into {Path} (once)...");
        GenerateCommand.GenerateAsync(Options(partial)).GetAwaiter().GetResult();
        File.Move(partial, Path);
        return Path;
    }

    /// <summary>The PostgreSQL database, generated (same options and seed as the file) unless it holds records already.</summary>
    private static string EnsureGeneratedPostgreSql()
    {
        var connectionString = PostgreSqlConnectionString;
        using (var db = new TrackerDbContext(StoreProviders.TrackerOptions(DatabaseProvider.PostgreSQL, connectionString)))
            if (db.Database.CanConnect() && db.Database.GetAppliedMigrations().Any() && db.Conflicts.IgnoreQueryFilters().Any())
                return connectionString;
        Console.WriteLine($"Generating {Reports:N0} reports into PostgreSQL (once)...");
        GenerateCommand.GenerateAsync(Options("") with { PostgreSqlConnectionString = connectionString }).GetAwaiter().GetResult();
        return connectionString;
    }

    /// <summary>An open connection to the benchmark store (SQLite file or PostgreSQL database).</summary>
    public static DbConnection Open()
    {
        DbConnection connection = IsPostgreSql
            ? new NpgsqlConnection(EnsureGenerated())
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = EnsureGenerated(), Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The SQLite file itself, for what only SQLite offers (its query plans).</summary>
    public static SqliteConnection OpenSqlite()
    {
        if (IsPostgreSql) throw new InvalidOperationException("This run reads SQLite's plans; unset CEASEFIRE_BENCH_PROVIDER.");
        return (SqliteConnection)Open();
    }

    /// <summary>A context on the benchmark's open connection, as the app's factory gives one per operation.</summary>
    public static TrackerDbContext CreateContext(DbConnection connection) => new(connection switch
    {
        NpgsqlConnection pg => new DbContextOptionsBuilder<TrackerDbContext>().UseNpgsql(pg).Options,
        _ => new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connection).Options,
    });

    public static IDbContextFactory<TrackerDbContext> Factory(DbConnection connection) => new ContextFactory(() => CreateContext(connection));

    /// <summary>Contexts on pooled connections of their own, as the app's registration gives them.</summary>
    public static IDbContextFactory<TrackerDbContext> PooledFactory()
    {
        var options = IsPostgreSql
            ? StoreProviders.TrackerOptions(DatabaseProvider.PostgreSQL, EnsureGenerated())
            : StoreProviders.TrackerOptions(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = EnsureGenerated(), Pooling = true }.ToString());
        return new ContextFactory(() => new TrackerDbContext(options));
    }

    /// <summary>
    /// A command for raw SQL written once for both stores: identifiers quoted, parameters as @name (both providers
    /// read that), booleans as FALSE/TRUE (SQLite reads them as 0/1).
    /// </summary>
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            // SQLite stores times as text in EF's format; PostgreSQL's timestamptz wants a UTC DateTime.
            parameter.Value = value switch
            {
                DateTime t when connection is SqliteConnection => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
                DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc),
                DateOnly d when connection is SqliteConnection => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                _ => value,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>
    /// A keyset condition in raw SQL as the app's <see cref="Keyset"/> writes it: <c>(key, id) &lt; (@key, @id)</c> on
    /// PostgreSQL (a row value its planner seeks on), <c>key &lt; @key OR (key = @key AND id &lt; @id)</c> on SQLite.
    /// </summary>
    public static string KeysetBefore(string key, string id, string keyParameter, string idParameter) => IsPostgreSql
        ? $"({key}, {id}) < ({keyParameter}, {idParameter})"
        : $"({key} < {keyParameter} OR ({key} = {keyParameter} AND {id} < {idParameter}))";

    public static T Scalar<T>(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T));
    }
}
