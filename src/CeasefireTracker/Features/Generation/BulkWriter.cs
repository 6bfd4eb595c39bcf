using System.Globalization;
using CeasefireTracker.Domain;
using Microsoft.Data.Sqlite;

namespace CeasefireTracker.Features.Generation;

/// <summary>
/// Writes generated records with prepared INSERTs in large transactions, bypassing EF change tracking (a million rows
/// through SaveChanges would take minutes). Values are written exactly as EF's SQLite provider stores them: enums as
/// their names, Guids as upper-case text, dates as 'yyyy-MM-dd', times as 'yyyy-MM-dd HH:mm:ss.FFFFFFF'.
/// </summary>
internal sealed class BulkWriter : IDisposable
{
    private const int RowsPerTransaction = 50_000;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private SqliteTransaction _transaction;
    private int _rowsInTransaction;

    public BulkWriter(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction();
    }

    public long RowsWritten { get; private set; }

    public void Write(Conflict c) => Insert("Conflicts",
        ["Id", "Name", "Region", "Description", "StartedOn", .. EntityColumns],
        [c.Id, c.Name, c.Region, c.Description, Date(c.StartedOn), .. EntityValues(c)]);

    public void Write(Side s) => Insert("Sides",
        ["Id", "ConflictId", "Name", "Kind", .. EntityColumns],
        [s.Id, s.ConflictId, s.Name, s.Kind.ToString(), .. EntityValues(s)]);

    public void Write(Party p) => Insert("Parties",
        ["Id", "ConflictId", "Name", "NameInSource", "Kind", "Role", "SideId", "ParentPartyId", .. EntityColumns],
        [p.Id, p.ConflictId, p.Name, p.NameInSource, p.Kind.ToString(), p.Role.ToString(), p.SideId, p.ParentPartyId, .. EntityValues(p)]);

    public void Write(Official o) => Insert("Officials",
        ["Id", "Name", "Aliases", "Role", "PartyId", .. EntityColumns],
        [o.Id, o.Name, o.Aliases, o.Role, o.PartyId, .. EntityValues(o)]);

    public void Write(Source s) => Insert("Sources",
        ["Id", "Title", "Publisher", "Url", "PublishedOn", "ReferenceDate", "Language", "FullText", "Notes", .. EntityColumns],
        [s.Id, s.Title, s.Publisher, s.Url, Date(s.PublishedOn), Date(s.ReferenceDate), s.Language, s.FullText, s.Notes, .. EntityValues(s)]);

    public void Write(CasualtyReport r) => Insert("CasualtyReports",
        ["Id", "ConflictId", "AffectedSideId", "ReportingPartyId", "Category", "Kind", "BestEstimate", "Low", "High", "Qualifier",
         "Basis", "PeriodStart", "PeriodEnd", "IncludedInReportId", "Notes", "SourceId", "Quote", "QuoteStart", .. EntityColumns],
        [r.Id, r.ConflictId, r.AffectedSideId, r.ReportingPartyId, r.Category.ToString(), r.Kind.ToString(), r.BestEstimate, r.Low,
         r.High, r.Qualifier.ToString(), r.Basis.ToString(), Date(r.PeriodStart), Date(r.PeriodEnd), r.IncludedInReportId, r.Notes,
         r.SourceId, r.Quote, r.QuoteStart, .. EntityValues(r)]);

    public void Write(TimelineEvent e)
    {
        Insert("TimelineEvents",
            ["Id", "ConflictId", "Kind", "Title", "Description", "OccurredAtLocal", "OccurredAtUtc", "EndedAtLocal", "Precision",
             "TimeZoneId", "TimeZoneBasis", "SourceId", "Quote", "QuoteStart", .. EntityColumns],
            [e.Id, e.ConflictId, e.Kind.ToString(), e.Title, e.Description, Time(e.OccurredAtLocal), Time(e.OccurredAtUtc),
             e.EndedAtLocal is { } ended ? Time(ended) : null, e.Precision.ToString(), e.TimeZoneId, e.TimeZoneBasis.ToString(),
             e.SourceId, e.Quote, e.QuoteStart, .. EntityValues(e)]);
        foreach (var party in e.Parties)
            Insert("TimelineEventParties", ["PartiesId", "TimelineEventId"], [party.Id, e.Id]);
    }

    public void Write(Statement s) => Insert("Statements",
        ["Id", "ConflictId", "SpeakerId", "OnBehalfOfPartyId", "SaidOn", "Text", "Language", "IsDirectQuote", "Summary", "SourceId",
         "Quote", "QuoteStart", .. EntityColumns],
        [s.Id, s.ConflictId, s.SpeakerId, s.OnBehalfOfPartyId, Date(s.SaidOn), s.Text, s.Language, s.IsDirectQuote, s.Summary,
         s.SourceId, s.Quote, s.QuoteStart, .. EntityValues(s)]);

    public void Commit()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = _connection.BeginTransaction();
        foreach (var command in _commands.Values) command.Transaction = _transaction;
        _rowsInTransaction = 0;
    }

    public void Dispose()
    {
        _transaction.Dispose();
        foreach (var command in _commands.Values) command.Dispose();
    }

    private static readonly string[] EntityColumns = ["ExternalId", "Version", "IsDeleted", "CreatedAtUtc", "UpdatedAtUtc"];

    private static object?[] EntityValues(Entity e) =>
        [e.ExternalId, e.Version.ToString().ToUpperInvariant(), e.IsDeleted, Time(e.CreatedAtUtc), Time(e.UpdatedAtUtc)];

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private void Insert(string table, string[] columns, object?[] values)
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

        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
        RowsWritten++;
        if (++_rowsInTransaction >= RowsPerTransaction) Commit();
    }
}
