using System.Globalization;

namespace CeasefireTracker.Data;

/// <summary>
/// EF Core's SQLite migration lock is a row in <c>__EFMigrationsLock</c>; a process killed while it holds the row
/// leaves it behind, and every later start waits for it forever. Before migrating, a lock row is waited for (a live
/// migration ends within seconds) and, once older than <see cref="StaleAfter"/>, removed as left by a dead process.
/// </summary>
public static class MigrationLock
{
    public const string Table = "__EFMigrationsLock";

    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(30);

    public static async Task ClearStaleAsync(TrackerDbContext db, ILogger logger, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite()) return;
        var warned = false;
        while (await ReadLockTimeAsync(db, ct) is { } taken)
        {
            var age = DateTimeOffset.UtcNow - taken;
            if (age >= StaleAfter)
            {
                logger.LogWarning("Removing a migration lock taken at {TakenAt:O} ({AgeSeconds:N0} s ago): the process that took it is gone", taken, age.TotalSeconds);
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{Table}\";", ct);
                return;
            }

            if (!warned)
                logger.LogWarning("Another start holds the migration lock since {TakenAt:O}; waiting up to {WaitSeconds:N0} s before treating it as stale",
                    taken, (StaleAfter - age).TotalSeconds);
            warned = true;
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }

    /// <summary>When the lock was taken, or null when no lock is held (or the table does not exist yet).</summary>
    private static async Task<DateTimeOffset?> ReadLockTimeAsync(TrackerDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM sqlite_master WHERE type = 'table' AND name = '{Table}';";
            if (await command.ExecuteScalarAsync(ct) is null) return null;
            command.CommandText = $"SELECT \"Timestamp\" FROM \"{Table}\" LIMIT 1;";
            var value = await command.ExecuteScalarAsync(ct);
            if (value is null or DBNull) return null;
            // An unreadable time cannot belong to a live migration of this app's EF version: treat it as old.
            return DateTimeOffset.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var taken) ? taken : DateTimeOffset.MinValue;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }
}
