using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CeasefireTracker.Features.Generation;

/// <summary>
/// Prepared INSERTs in large transactions. Values are written exactly as EF's SQLite provider stores them: enums as
/// their names, Guids as upper-case text, dates as 'yyyy-MM-dd', times as 'yyyy-MM-dd HH:mm:ss.FFFFFFF'.
/// </summary>
internal sealed class SqliteBulkWriter : BulkWriter
{
    private const int RowsPerTransaction = 50_000;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private SqliteTransaction _transaction;
    private int _rowsInTransaction;

    public SqliteBulkWriter(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction();
    }

    public override void Commit()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = _connection.BeginTransaction();
        foreach (var command in _commands.Values) command.Transaction = _transaction;
        _rowsInTransaction = 0;
    }

    public override void Dispose()
    {
        _transaction.Dispose();
        foreach (var command in _commands.Values) command.Dispose();
    }

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static object? Stored(object? value) => value switch
    {
        Enum e => e.ToString(),
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => Date(d),
        DateTime t => Time(t),
        _ => value,
    };

    protected override void Insert(string table, string[] columns, object?[] values)
    {
        if (!_commands.TryGetValue(table, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                                  $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            command.Prepare();
            _commands[table] = command;
        }

        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = Stored(values[i]) ?? DBNull.Value;
        command.ExecuteNonQuery();
        RowsWritten++;
        if (++_rowsInTransaction >= RowsPerTransaction) Commit();
    }
}
