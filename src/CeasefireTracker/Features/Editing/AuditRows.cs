using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Editing;

/// <summary>
/// Writes the audit entries of a batch write (an import: one per record, 400,000 for 100,000 GED rows) in the
/// operation's transaction. On SQLite through one INSERT prepared once and run per entry (<see cref="SqliteInsert"/>): EF's save of them cost as
/// much as the records' own (tracking, SQL built per row; profiled). Columns, names and value conversions come from
/// the EF model, so the rows are the ones EF would write. Audit entries are not records: no save hook (stamps,
/// summaries, store generation) concerns them. PostgreSQL keeps EF's save, which already sends them in batches.
/// </summary>
internal sealed class AuditRows(TrackerDbContext db) : IDisposable
{
    private SqliteInsert? _insert;
    private object?[] _values = [];

    public async Task WriteAsync(IEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync(ct);
            return;
        }

        if (_insert is null)
        {
            _insert = new SqliteInsert(db, db.Model.FindEntityType(typeof(AuditEntry))!);
            _values = new object?[_insert.Columns.Count];
        }

        foreach (var entry in entries)
        {
            for (var i = 0; i < _values.Length; i++) _values[i] = _insert.Columns[i].GetGetter().GetClrValue(entry);
            _insert.Run(_values);
        }
    }

    public void Dispose() => _insert?.Dispose();
}
