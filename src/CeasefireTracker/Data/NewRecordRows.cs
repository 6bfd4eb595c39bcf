using System.Data.Common;
using CeasefireTracker.Data.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CeasefireTracker.Data;

/// <summary>
/// Writes new rows through one INSERT per table prepared once and run per row (<see cref="SqliteInsert"/>), inside the
/// caller's transaction (SQLite): the rows of a batch write of new records (an import) and their links. EF's save of
/// them was the largest cost of an import (an INSERT built per row, snapshots, fix-up; profiled). A store-generated id
/// is set through the change tracker, which passes it on to the records and links that refer to it, as EF's save does.
/// Used through <see cref="TrackerDbContext.SaveNewAsync"/>, which keeps the save hooks' work.
/// </summary>
public sealed class NewRecordRows(TrackerDbContext db) : IDisposable
{
    private sealed record Insert(SqliteInsert Row, object?[] Values, bool[] ForeignKey);

    private readonly Dictionary<IEntityType, Insert> _inserts = [];
    private DbCommand? _stamp;

    /// <summary>Inserts one added entry's row; its store-generated id, if any, is set on the entry.</summary>
    internal void Write(EntityEntry entry)
    {
        var (row, values, foreignKey) = Prepared(entry.Metadata);
        var current = entry.CurrentValues;
        for (var i = 0; i < values.Length; i++)
        {
            var property = row.Columns[i];
            // A reference to a record that has no id yet would be written as EF's temporary value: never let it through.
            if (foreignKey[i] && entry.Property(property.Name).IsTemporary)
                throw new InvalidOperationException($"{entry.Metadata.DisplayName()}.{property.Name} refers to a record not yet written.");
            values[i] = current[property];
        }

        var id = row.Run(values);
        if (row.Generated is { } key) entry.Property(key.Name).CurrentValue = Convert.ChangeType(id!.Value, key.ClrType);
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
        var row = new SqliteInsert(db, type);
        var foreignKeys = type.GetForeignKeys().SelectMany(k => k.Properties).ToHashSet();
        insert = new Insert(row, new object?[row.Columns.Count], [.. row.Columns.Select(foreignKeys.Contains)]);
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
        foreach (var insert in _inserts.Values) insert.Row.Dispose();
        _stamp?.Dispose();
    }
}
