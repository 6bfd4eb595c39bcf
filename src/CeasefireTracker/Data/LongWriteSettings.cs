using Microsoft.Data.Sqlite;

namespace CeasefireTracker.Data;

/// <summary>
/// SQLite settings for one long write transaction (an import of 100,000 rows, its undo), on the context's connection,
/// kept open until disposed and then put back as they were, since the connection returns to the pool. Measured on an
/// import of 100,000 GED rows (docs/performance.md): statement journals in memory (each insert that fires a search
/// index trigger keeps one; on disk they were 3.4 million small writes for 20,000 rows) and a 16 MiB page cache (the
/// default 2 MiB spilled dirty pages to the WAL again and again) took system time from 27 s to 4 s, for about 17 MiB
/// more at the peak. Other stores: nothing to do.
/// </summary>
public sealed class LongWriteSettings : IAsyncDisposable
{
    /// <summary>The page cache of a long write, in KiB (SQLite's negative cache_size).</summary>
    public const int CacheKiB = 16 * 1024;

    private readonly TrackerDbContext? _db;
    private readonly long _cacheSize;
    private readonly long _tempStore;

    private LongWriteSettings(TrackerDbContext? db, long cacheSize, long tempStore) =>
        (_db, _cacheSize, _tempStore) = (db, cacheSize, tempStore);

    /// <summary>Opens <paramref name="db"/>'s connection and sets it up for a long write; call before its transaction begins.</summary>
    public static async Task<LongWriteSettings> ApplyAsync(TrackerDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return new LongWriteSettings(null, 0, 0);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var settings = new LongWriteSettings(db, Pragma(connection, "cache_size"), Pragma(connection, "temp_store"));
        // temp_store cannot change inside a transaction.
        Pragma(connection, $"cache_size = {-CacheKiB}");
        Pragma(connection, "temp_store = MEMORY");
        return settings;
    }

    private static long Pragma(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return command.ExecuteScalar() is long value ? value : 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null) return;
        var connection = (SqliteConnection)_db.Database.GetDbConnection();
        try
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                Pragma(connection, $"cache_size = {_cacheSize}");
                Pragma(connection, $"temp_store = {_tempStore}");
            }
        }
        catch (SqliteException)
        {
            // The write itself is done (committed or rolled back); this connection just must not go back to the pool as it is.
            SqliteConnection.ClearPool(connection);
        }

        await _db.Database.CloseConnectionAsync();
    }
}
