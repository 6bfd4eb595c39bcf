using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace CeasefireTracker.Data;

/// <summary>
/// One INSERT into an entity type's table, prepared once on the context's open SQLite connection and run per row with
/// its values bound by position (SQLite, inside the caller's transaction). Microsoft.Data.Sqlite looks every parameter
/// up by name on every execution (sqlite3_bind_parameter_index, a scan of the statement's names): with 30 columns a
/// row, as much time as SQLite's own insert in an import's profile. Columns, names and value conversions come from the
/// EF model, and values are stored in the forms Microsoft.Data.Sqlite gives them (<see cref="Bind"/>), so the rows are
/// the ones EF would write (NewRecordRowsTests compares them). The store-generated key, if written back, comes
/// through RETURNING.
/// </summary>
public sealed class SqliteInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly ValueConverter?[] _converters;

    /// <summary>The columns in the order <see cref="Run"/> takes their values: every property but a store-generated key.</summary>
    public IReadOnlyList<IProperty> Columns { get; }

    /// <summary>The store-generated key <see cref="Run"/> returns, if any.</summary>
    public IProperty? Generated { get; }

    public SqliteInsert(DbContext context, IEntityType type)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        var generated = type.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.Never).ToList();
        // Only a single store-generated key is written back; any other generated value (a default, a computed column)
        // would make EF's row differ from this one.
        if (generated.Count > 1 || (generated.Count == 1 && type.FindPrimaryKey()?.Properties.SequenceEqual(generated) != true))
            throw new NotSupportedException($"{type.DisplayName()} has store-generated values other than its key.");
        Generated = generated.SingleOrDefault();
        Columns = [.. type.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never)];
        _converters = [.. Columns.Select(p => p.GetRelationalTypeMapping().Converter)];
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", Columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", Columns.Select((_, i) => $"?{i + 1}"))})" +
            (Generated is null ? "" : $" RETURNING {sql.DelimitIdentifier(Generated.GetColumnName(table)!)}");
        if (context.Database.GetDbConnection() is not SqliteConnection { Handle: { } db })
            throw new InvalidOperationException("Rows are inserted on the context's open SQLite connection.");
        _db = db;
        Check(raw.sqlite3_prepare_v2(_db, text, out _statement));
    }

    /// <summary>Inserts one row, <paramref name="values"/> in the order of <see cref="Columns"/> (model values, before conversion).</summary>
    public long? Run(ReadOnlySpan<object?> values)
    {
        try
        {
            for (var i = 0; i < values.Length; i++)
                Bind(i + 1, _converters[i] is { } converter && values[i] is { } value ? converter.ConvertToProvider(value) : values[i]);
            var step = raw.sqlite3_step(_statement);
            if (step == raw.SQLITE_ROW) return raw.sqlite3_column_int64(_statement, 0);
            Check(step == raw.SQLITE_DONE ? raw.SQLITE_OK : step);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    // As Microsoft.Data.Sqlite's SqliteValueBinder stores each type (and EF's SQLite mappings, which store a Guid as text).
    private void Bind(int index, object? value) => Check(value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string text => raw.sqlite3_bind_text(_statement, index, text),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        int number => raw.sqlite3_bind_int64(_statement, index, number),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        short number => raw.sqlite3_bind_int64(_statement, index, number),
        byte number => raw.sqlite3_bind_int64(_statement, index, number),
        double real when !double.IsNaN(real) => raw.sqlite3_bind_double(_statement, index, real),
        float real when !float.IsNaN(real) => raw.sqlite3_bind_double(_statement, index, real),
        DateTime time => raw.sqlite3_bind_text(_statement, index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        DateOnly day => raw.sqlite3_bind_text(_statement, index, day.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        Guid guid => raw.sqlite3_bind_text(_statement, index, guid.ToString().ToUpperInvariant()),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
        _ => throw new NotSupportedException($"{value.GetType().Name} values are not written by prepared inserts (parameter {index})."),
    });

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _statement.Dispose();
}
