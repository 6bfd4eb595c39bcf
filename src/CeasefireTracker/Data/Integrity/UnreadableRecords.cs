using CeasefireTracker.Data.Caching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CeasefireTracker.Data.Integrity;

/// <summary>A record whose stored value the app cannot read (SQLite keeps dates as text; a hand edit or a foreign tool
/// can leave one that is not a date).</summary>
public sealed record UnreadableRecord(string EntityType, int Id, string Field, string StoredText)
{
    public string Describe() =>
        $"{DisplayNames.Words(EntityType)} #{Id} could not be read: its {DisplayNames.Words(Field).ToLowerInvariant()} \"{StoredText}\" is not a date. It is left out until it is repaired in the database.";
}

/// <summary>
/// Records left out of every read because a stored value cannot be read, so that one broken row does not take a whole
/// page down: a page whose read fails on a value asks for a scan (<see cref="ReadingAroundAsync"/>), reads again
/// without the rows found, and names them (<see cref="Current"/>). Only SQLite can hold such values (PostgreSQL's
/// columns are typed). The scan reads every date column of every record table, so it runs only after a failure, and
/// again at most once a <see cref="RecheckAfter"/> while some are left out (they may have been repaired by hand).
/// </summary>
public sealed class UnreadableRecords(IDbContextFactory<TrackerDbContext> factory, TimeProvider clock, ILogger<UnreadableRecords> logger)
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _scanning = new(1, 1);
    private volatile Found _found = Found.None;

    private sealed record Found(IReadOnlyList<UnreadableRecord> Records, DateTimeOffset At)
    {
        public static readonly Found None = new([], DateTimeOffset.MinValue);
        public readonly Dictionary<string, int[]> IdsByType = Records.GroupBy(r => r.EntityType)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Id).Distinct().ToArray());
    }

    /// <summary>The records left out of reads now, for a page to name.</summary>
    public IReadOnlyList<UnreadableRecord> Current => _found.Records;

    /// <summary>Ids of <paramref name="entityType"/> left out of reads; null when none are (the usual case, which
    /// keeps every query's SQL as it is).</summary>
    public int[]? IdsOf(Type entityType) => _found.IdsByType.GetValueOrDefault(entityType.Name);

    /// <summary>
    /// Runs <paramref name="read"/>; when it fails on a stored value, scans the store and, if that finds records it
    /// cannot read, runs it again without them. Any other failure is the caller's.
    /// </summary>
    public async Task ReadingAroundAsync(Func<Task> read, CancellationToken ct = default)
    {
        if (_found.Records.Count > 0 && clock.GetUtcNow() - _found.At > RecheckAfter) await ScanAsync(ct);
        try
        {
            await read();
        }
        catch (Exception ex) when (IsUnreadableValue(ex))
        {
            var before = _found.Records.Count;
            await ScanAsync(ct);
            if (_found.Records.Count <= before) throw;
            await read();
        }
    }

    /// <summary>Looks for unreadable values in every date column of every record table.</summary>
    public async Task ScanAsync(CancellationToken ct = default)
    {
        await _scanning.WaitAsync(ct);
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            if (!db.Database.IsSqlite()) return;
            var found = new List<UnreadableRecord>();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await connection.OpenAsync(ct);
            foreach (var type in db.Model.GetEntityTypes().Where(t => t.BaseType is null && typeof(Entity).IsAssignableFrom(t.ClrType)))
            {
                var table = type.GetTableName()!;
                var id = type.FindProperty(nameof(Entity.Id))!.GetColumnName();
                foreach (var property in type.GetProperties())
                {
                    var check = Check(property);
                    if (check is null) continue;
                    var column = Quote(property.GetColumnName());
                    await using var command = connection.CreateCommand();
                    command.CommandText =
                        $"SELECT {Quote(id)}, {column} FROM {Quote(table)} WHERE typeof({column}) = 'text' AND {string.Format(check, column)}";
                    await using var reader = await command.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct))
                        found.Add(new UnreadableRecord(type.ClrType.Name, reader.GetInt32(0), property.Name, reader.GetString(1)));
                }
            }

            foreach (var record in found.Where(f => !_found.Records.Contains(f)))
                logger.LogError("{EntityType} #{Id} is left out of reads: its {Field} {StoredText} is not a date",
                    record.EntityType, record.Id, record.Field, record.StoredText);
            _found = new Found(found, clock.GetUtcNow());
            // Reads cached before (or failed on) the change of what is left out are read again.
            StoreGeneration.Advance();
        }
        finally
        {
            _scanning.Release();
        }
    }

    // What EF's SQLite provider writes: dates as yyyy-MM-dd, date-times as yyyy-MM-dd HH:mm:ss[.FFFFFFF].
    private static string? Check(IProperty property) => (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) switch
    {
        var t when t == typeof(DateOnly) => "date({0}) IS NOT {0}",
        var t when t == typeof(DateTime) => "(datetime({0}) IS NULL OR length({0}) < 19)",
        _ => null,
    };

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"")}\"";

    private static bool IsUnreadableValue(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is FormatException or InvalidCastException) return true;
        return false;
    }
}
