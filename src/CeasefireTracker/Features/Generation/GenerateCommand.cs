using System.Diagnostics;
using CeasefireTracker.Data;
using CeasefireTracker.Data.Summaries;
using Microsoft.Data.Sqlite;
using Npgsql;
using Serilog.Extensions.Logging;

namespace CeasefireTracker.Features.Generation;

/// <summary>
/// <c>CeasefireTracker generate --database file.db --reports 1000000 ...</c>: creates a new database file, migrates it
/// and fills it with the synthetic data set. With <c>Database__Provider=PostgreSQL</c> and
/// <c>Database__ConnectionString=Host=...;Database=...</c> it fills that PostgreSQL database instead (creating it when
/// missing). Exit codes: 0 done, 1 failed while writing, 2 bad arguments, 3 the file (or a PostgreSQL database with
/// records) exists (pass --force to replace it).
/// </summary>
public sealed class GenerateCommand(ILogger<GenerateCommand> logger)
{
    public const int Done = 0, Failed = 1, BadArguments = 2, FileExists = 3;

    public static bool IsInvoked(string[] args) => args is ["generate", ..];

    /// <summary>Runs the command from the app's command line, logging through the Serilog bootstrap logger.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var factory = new SerilogLoggerFactory(Serilog.Log.Logger);
        return await new GenerateCommand(factory.CreateLogger<GenerateCommand>())
            .RunAsync(args.Skip(1).ToList(), PostgreSqlFromEnvironment(), CancellationToken.None);
    }

    /// <summary>The PostgreSQL connection string when the environment selects PostgreSQL as the app's store.</summary>
    private static string? PostgreSqlFromEnvironment() =>
        string.Equals(Environment.GetEnvironmentVariable("Database__Provider"), nameof(DatabaseProvider.PostgreSQL), StringComparison.OrdinalIgnoreCase)
            ? Environment.GetEnvironmentVariable("Database__ConnectionString") is { Length: > 0 } connection
                ? connection
                : throw new InvalidOperationException("Database__Provider is PostgreSQL but Database__ConnectionString is empty.")
            : null;

    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct) => RunAsync(args, null, ct);

    public async Task<int> RunAsync(IReadOnlyList<string> args, string? postgreSqlConnectionString, CancellationToken ct)
    {
        var (options, errors) = GenerationOptions.Parse(args, postgreSqlConnectionString);
        if (options is null)
        {
            foreach (var error in errors) logger.LogError("generate: {Problem}", error);
            logger.LogInformation("{Usage}", GenerationOptions.Usage);
            return BadArguments;
        }

        try
        {
            if (!options.Force && (options.PostgreSqlConnectionString is { } pg
                    ? await PostgreSqlGeneration.HasRecordsAsync(pg, ct)
                    : File.Exists(options.DatabasePath)))
            {
                logger.LogError("generate: {Path} already exists; pass --force to replace it", options.Target);
                return FileExists;
            }

            var stopwatch = Stopwatch.StartNew();
            var summary = await GenerateAsync(options, ct);
            logger.LogInformation(
                "Generated {Reports} casualty reports, {Events} events, {Statements} statements, {Sources} sources over {Conflicts} conflicts " +
                "(seed {Seed}) into {Path} in {Seconds:F1} s",
                summary.CasualtyReports, summary.Events, summary.Statements, summary.Sources, summary.Conflicts, options.Seed,
                options.Target, stopwatch.Elapsed.TotalSeconds);
            return Done;
        }
        catch (Exception ex) when (ex is SqliteException or NpgsqlException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "generate: could not write {Path}: {Reason}", options.Target, ex.Message);
            return Failed;
        }
    }

    /// <summary>Creates (or with Force replaces) the file or PostgreSQL database, migrates it and writes the data set.</summary>
    public static async Task<GenerationSummary> GenerateAsync(GenerationOptions options, CancellationToken ct = default)
    {
        if (options.PostgreSqlConnectionString is { } postgres)
            return await PostgreSqlGeneration.GenerateAsync(options, postgres, ct);

        if (options.Force)
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(options.DatabasePath + suffix);

        var connectionString = DataExtensions.BuildConnectionString(options.DatabasePath, Directory.GetCurrentDirectory());
        connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        await using (var db = new TrackerDbContext(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connectionString).Options))
            await db.Database.MigrateAsync(ct);

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // A load into a new file: nothing to protect from a crash half-way (rerun with --force), so skip the syncs.
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;", ct);
        GenerationSummary summary;
        using (var writer = new SqliteBulkWriter(connection))
            summary = new SyntheticDataGenerator(options, writer).Generate();
        // The rows went around EF, so the summary tables (latest claims, toll series, counts) are computed from them once.
        await using (var db = new TrackerDbContext(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connectionString).Options))
            await SummaryMaintenance.RebuildAsync(db, ct);
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", ct);
        return summary;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
