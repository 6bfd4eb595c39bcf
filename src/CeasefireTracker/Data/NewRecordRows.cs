using System.Data.Common;
using CeasefireTracker.Data.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CeasefireTracker.Data;

/// <summary>
/// Writes new rows through one INSERT per table prepared once and run per row, inside the caller's transaction (SQLite):
/// the rows of a batch write of new records (an import) and their links. EF's save of them was the largest cost of an
/// import (an INSERT built per row, snapshots, fix-up; profiled). Columns, names and value conversions come from the
/// EF model, so the rows are the ones EF would write; a store-generated id comes back through RETURNING and is set
/// through the change tracker, which passes it on to the records and links that refer to it, as EF's save does.
/// Used through <see cref="TrackerDbContext.SaveNewAsync"/>, which keeps the save hooks' work.
/// </summary>
public sealed class NewRecordRows(TrackerDbContext db) : IDisposable
{
    private sealed record Insert(DbCommand Command, (IProperty Property, RelationalTypeMapping Mapping, string Name, bool Key)[] Columns,
        IProperty? Generated);

    private readonly Dictionary<IEntityType, Insert> _inserts = [];
    private DbCommand? _stamp;

    /// <summary>Inserts one added entry's row; its store-generated id, if any, is set on the entry.</summary>
    internal void Write(EntityEntry entry)
    {
        var insert = Prepared(entry.Metadata);
        var command = insert.Command;
        command.Parameters.Clear();
        var values = entry.CurrentValues;
        foreach (var (property, mapping, name, key) in insert.Columns)
        {
            // A reference to a record that has no id yet would be written as EF's temporary value: never let it through.
            if (key && entry.Property(property.Name).IsTemporary)
                throw new InvalidOperationException($"{entry.Metadata.DisplayName()}.{property.Name} refers to a record not yet written.");
            command.Parameters.Add(mapping.CreateParameter(command, name, values[property], property.IsNullable));
        }

        if (insert.Generated is null)
        {
            command.ExecuteNonQuery();
            return;
        }

        var id = command.ExecuteScalar()!;
        entry.Property(insert.Generated.Name).CurrentValue = Convert.ChangeType(id, insert.Generated.ClrType);
    }

    /// <summary>Sets the store's change stamp (<see cref="StoreStamp"/>) to <paramref name="token"/>, as EF's save of the attached stamp does.</summary>
    internal void Stamp(Guid token)
    {
        var type = db.Model.FindEntityType(typeof(StoreStamp))!;
        var (id, value) = (type.FindProperty(nameof(StoreStamp.Id))!, type.FindProperty(nameof(StoreStamp.Token))!);
        if (_stamp is null)
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            _stamp = Command($"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {sql.DelimitIdentifier(value.GetColumnName(table)!)} = @token " +
                $"WHERE {sql.DelimitIdentifier(id.GetColumnName(table)!)} = @id");
        }

        _stamp.Parameters.Clear();
        _stamp.Parameters.Add(((RelationalTypeMapping)value.GetRelationalTypeMapping()).CreateParameter(_stamp, "@token", token, nullable: false));
        _stamp.Parameters.Add(((RelationalTypeMapping)id.GetRelationalTypeMapping()).CreateParameter(_stamp, "@id", StoreStamp.TheId, nullable: false));
        // The stamp row is the migration's (HasData).
        if (_stamp.ExecuteNonQuery() != 1) throw new InvalidOperationException("The store's change stamp row is missing.");
    }

    private Insert Prepared(IEntityType type)
    {
        if (_inserts.TryGetValue(type, out var insert)) return insert;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var generated = type.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.Never).ToList();
        // Only a single store-generated key is written back; any other generated value (a default, a computed column)
        // would make EF's row differ from this one.
        if (generated.Count > 1 || (generated.Count == 1 && type.FindPrimaryKey()?.Properties.SequenceEqual(generated) != true))
            throw new NotSupportedException($"{type.DisplayName()} has store-generated values other than its key.");
        var foreignKeys = type.GetForeignKeys().SelectMany(k => k.Properties).ToHashSet();
        var columns = type.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never)
            .Select((p, i) => (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), sql.GenerateParameterName($"p{i}"), foreignKeys.Contains(p)))
            .ToArray();
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => c.Item3))})" +
            (generated.Count == 1 ? $" RETURNING {sql.DelimitIdentifier(generated[0].GetColumnName(table)!)}" : "");
        insert = new Insert(Command(text), columns, generated.SingleOrDefault());
        _inserts[type] = insert;
        return insert;
    }

    private DbCommand Command(string text)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("New rows are written inside the operation's transaction.");
        command.CommandText = text;
        return command;
    }

    public void Dispose()
    {
        foreach (var insert in _inserts.Values) insert.Command.Dispose();
        _stamp?.Dispose();
    }
}
