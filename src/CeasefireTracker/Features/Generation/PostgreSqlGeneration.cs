using CeasefireTracker.Data;
using CeasefireTracker.Data.Summaries;
using Npgsql;

namespace CeasefireTracker.Features.Generation;

/// <summary>
/// Generation into PostgreSQL: the EF migrations make the schema, the rows go in by binary COPY with the loaded tables'
/// foreign keys and secondary indexes set aside (built once at the end instead of per row), then each identity is set
/// past the largest Id (so later inserts do not collide), the summary tables are rebuilt and the planner's statistics
/// gathered.
/// </summary>
internal static class PostgreSqlGeneration
{
    private static readonly string[] Tables =
        ["Conflicts", "Sides", "Parties", "Officials", "Sources", "CasualtyReports", "TimelineEvents", "TimelineEventParties", "Statements"];

    private static TrackerDbContext Context(string connectionString) =>
        new(StoreProviders.TrackerOptions(DatabaseProvider.PostgreSQL, connectionString));

    /// <summary>Whether the database already holds generated or entered records (then only --force replaces it).</summary>
    public static async Task<bool> HasRecordsAsync(string connectionString, CancellationToken ct)
    {
        await using var db = Context(connectionString);
        if (!await db.Database.CanConnectAsync(ct) || !(await db.Database.GetAppliedMigrationsAsync(ct)).Any()) return false;
        return await db.Conflicts.IgnoreQueryFilters().AnyAsync(ct);
    }

    public static async Task<GenerationSummary> GenerateAsync(GenerationOptions options, string connectionString, CancellationToken ct)
    {
        await using (var db = Context(connectionString))
        {
            if (options.Force) await db.Database.EnsureDeletedAsync(ct);
            await db.Database.MigrateAsync(ct);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var setAside = await SetAsideAsync(connection, ct);

        GenerationSummary summary;
        using (var writer = new PostgreSqlBulkWriter(connectionString))
        {
            summary = new SyntheticDataGenerator(options, writer).Generate();
            writer.Complete();
        }

        foreach (var restore in setAside)
            await ExecuteAsync(connection, restore, ct);
        foreach (var table in Tables.Where(t => t != "TimelineEventParties"))
            await ExecuteAsync(connection,
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE(MAX(\"Id\"), 0) + 1, false) FROM \"{table}\"", ct);

        // The rows went around EF, so the summary tables (latest claims, toll series, counts) are computed from them once.
        await using (var db = Context(connectionString))
            await SummaryMaintenance.RebuildAsync(db, ct);
        await ExecuteAsync(connection, "ANALYZE", ct);
        return summary;
    }

    /// <summary>
    /// Drops the loaded tables' foreign keys and secondary indexes; returns the statements that put them back (indexes
    /// first: a foreign key is checked faster with them).
    /// </summary>
    private static async Task<List<string>> SetAsideAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var tables = string.Join(", ", Tables.Select(t => $"'\"{t}\"'::regclass"));
        var indexes = await ReadAsync(connection,
            $"SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid) FROM pg_index i " +
            $"WHERE i.indrelid IN ({tables}) AND NOT i.indisprimary " +
            $"AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)", ct);
        var foreignKeys = await ReadAsync(connection,
            $"SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname), " +
            $"format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) " +
            $"FROM pg_constraint WHERE contype = 'f' AND conrelid IN ({tables})", ct);

        foreach (var (drop, _) in foreignKeys.Concat(indexes))
            await ExecuteAsync(connection, drop, ct);
        return [.. indexes.Select(i => i.Restore), .. foreignKeys.Select(f => f.Restore)];
    }

    private static async Task<List<(string Drop, string Restore)>> ReadAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync(ct)) rows.Add((reader.GetString(0), reader.GetString(1)));
        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        // Building an index or checking a foreign key over a million rows takes longer than the default 30 s.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
