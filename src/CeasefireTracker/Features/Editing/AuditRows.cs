using System.Data.Common;
using CeasefireTracker.Data;
using CeasefireTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CeasefireTracker.Features.Editing;

/// <summary>
/// Writes the audit entries of a batch write (an import: one per record, 400,000 for 100,000 GED rows) in the
/// operation's transaction. On SQLite through one INSERT prepared once and run per entry: EF's save of them cost as
/// much as the records' own (tracking, SQL built per row; profiled). Columns, names and value conversions come from
/// the EF model, so the rows are the ones EF would write. Audit entries are not records: no save hook (stamps,
/// summaries, store generation) concerns them. PostgreSQL keeps EF's save, which already sends them in batches.
/// </summary>
internal sealed class AuditRows(TrackerDbContext db) : IDisposable
{
    private DbCommand? _insert;
    private (IProperty Property, RelationalTypeMapping Mapping, string Name)[] _columns = [];

    public async Task WriteAsync(IEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync(ct);
            return;
        }

        var insert = _insert ??= Prepare();
        foreach (var entry in entries)
        {
            insert.Parameters.Clear();
            foreach (var (property, mapping, name) in _columns)
                insert.Parameters.Add(mapping.CreateParameter(insert, name, property.GetGetter().GetClrValue(entry), property.IsNullable));
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private DbCommand Prepare()
    {
        var type = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        // Every column but the store-generated id.
        _columns = [.. type.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never)
            .Select((p, i) => (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), sql.GenerateParameterName($"p{i}")))];
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit entries are written inside the operation's transaction.");
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", _columns.Select(c => c.Name))})";
        return command;
    }

    public void Dispose() => _insert?.Dispose();
}
