using Npgsql;
using NpgsqlTypes;

namespace CeasefireTracker.Features.Generation;

/// <summary>
/// Binary COPY, one per table, each on a connection of its own: the generator interleaves tables (a bulletin's
/// source, then its reports), and one connection carries one COPY at a time. Values are typed as the PostgreSQL model
/// stores them: enums as their names (text), Guids as uuid, dates as date, columns named *Utc as timestamp with time
/// zone, the other times (local wall-clock times) as timestamp without time zone. Every COPY commits when the load ends
/// (<see cref="Complete"/>); a load that fails half-way leaves a store to generate again with --force.
/// </summary>
internal sealed class PostgreSqlBulkWriter(string connectionString) : BulkWriter
{
    private readonly Dictionary<string, (NpgsqlConnection Connection, NpgsqlBinaryImporter Importer)> _copies = [];

    /// <summary>Ends every COPY, committing its rows.</summary>
    public void Complete()
    {
        foreach (var (_, importer) in _copies.Values) importer.Complete();
        Dispose();
    }

    // The rows become durable when every COPY completes: there is nothing to commit in between.
    public override void Commit()
    {
    }

    public override void Dispose()
    {
        foreach (var (connection, importer) in _copies.Values)
        {
            importer.Dispose();
            connection.Dispose();
        }

        _copies.Clear();
    }

    protected override void Insert(string table, string[] columns, object?[] values)
    {
        if (!_copies.TryGetValue(table, out var copy))
        {
            var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            var importer = connection.BeginBinaryImport(
                $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
            _copies[table] = copy = (connection, importer);
        }

        var row = copy.Importer;
        row.StartRow();
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i])
            {
                case null: row.WriteNull(); break;
                case int n: row.Write(n, NpgsqlDbType.Integer); break;
                case string s: row.Write(s, NpgsqlDbType.Text); break;
                case bool b: row.Write(b, NpgsqlDbType.Boolean); break;
                case Guid g: row.Write(g, NpgsqlDbType.Uuid); break;
                case DateOnly d: row.Write(d, NpgsqlDbType.Date); break;
                case Enum e: row.Write(e.ToString(), NpgsqlDbType.Text); break;
                case DateTime t when columns[i].EndsWith("Utc", StringComparison.Ordinal):
                    row.Write(DateTime.SpecifyKind(t, DateTimeKind.Utc), NpgsqlDbType.TimestampTz);
                    break;
                case DateTime t: row.Write(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), NpgsqlDbType.Timestamp); break;
                case var other: throw new NotSupportedException($"No PostgreSQL type for {other.GetType().Name} in {table}.{columns[i]}.");
            }
        }

        RowsWritten++;
    }
}
