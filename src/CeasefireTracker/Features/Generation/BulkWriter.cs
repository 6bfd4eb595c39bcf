namespace CeasefireTracker.Features.Generation;

/// <summary>
/// Writes generated records around EF change tracking (a million rows through SaveChanges would take minutes). Each
/// record becomes a table, its columns and typed values (enums, Guids, dates as .NET values); each store's writer turns
/// them into what its EF provider stores: <see cref="SqliteBulkWriter"/> and <see cref="PostgreSqlBulkWriter"/>.
/// </summary>
internal abstract class BulkWriter : IDisposable
{
    public long RowsWritten { get; protected set; }

    public void Write(Conflict c) => Insert("Conflicts",
        ["Id", "Name", "Region", "Description", "StartedOn", .. EntityColumns],
        [c.Id, c.Name, c.Region, c.Description, c.StartedOn, .. EntityValues(c)]);

    public void Write(Side s) => Insert("Sides",
        ["Id", "ConflictId", "Name", "Kind", .. EntityColumns],
        [s.Id, s.ConflictId, s.Name, s.Kind, .. EntityValues(s)]);

    public void Write(Party p) => Insert("Parties",
        ["Id", "ConflictId", "Name", "NameInSource", "Kind", "Role", "SideId", "ParentPartyId", .. EntityColumns],
        [p.Id, p.ConflictId, p.Name, p.NameInSource, p.Kind, p.Role, p.SideId, p.ParentPartyId, .. EntityValues(p)]);

    public void Write(Official o) => Insert("Officials",
        ["Id", "Name", "Aliases", "Role", "PartyId", .. EntityColumns],
        [o.Id, o.Name, o.Aliases, o.Role, o.PartyId, .. EntityValues(o)]);

    public void Write(Source s) => Insert("Sources",
        ["Id", "Title", "Publisher", "Url", "PublishedOn", "ReferenceDate", "Language", "FullText", "Notes", .. EntityColumns],
        [s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.ReferenceDate, s.Language, s.FullText, s.Notes, .. EntityValues(s)]);

    public void Write(CasualtyReport r) => Insert("CasualtyReports",
        ["Id", "ConflictId", "AffectedSideId", "ReportingPartyId", "Category", "Kind", "BestEstimate", "Low", "High", "Qualifier",
         "Basis", "PeriodStart", "PeriodEnd", "IncludedInReportId", "Notes", "SourceId", "Quote", "QuoteStart", .. EntityColumns],
        [r.Id, r.ConflictId, r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind, r.BestEstimate, r.Low,
         r.High, r.Qualifier, r.Basis, r.PeriodStart, r.PeriodEnd, r.IncludedInReportId, r.Notes,
         r.SourceId, r.Quote, r.QuoteStart, .. EntityValues(r)]);

    public void Write(TimelineEvent e)
    {
        Insert("TimelineEvents",
            ["Id", "ConflictId", "Kind", "Title", "Description", "OccurredAtLocal", "OccurredAtUtc", "EndedAtLocal", "Precision",
             "TimeZoneId", "TimeZoneBasis", "SourceId", "Quote", "QuoteStart", .. EntityColumns],
            [e.Id, e.ConflictId, e.Kind, e.Title, e.Description, e.OccurredAtLocal, e.OccurredAtUtc,
             e.EndedAtLocal, e.Precision, e.TimeZoneId, e.TimeZoneBasis,
             e.SourceId, e.Quote, e.QuoteStart, .. EntityValues(e)]);
        foreach (var party in e.Parties)
            Insert("TimelineEventParties", ["PartiesId", "TimelineEventId"], [party.Id, e.Id]);
    }

    public void Write(Statement s) => Insert("Statements",
        ["Id", "ConflictId", "SpeakerId", "OnBehalfOfPartyId", "SaidOn", "Text", "Language", "IsDirectQuote", "Summary", "SourceId",
         "Quote", "QuoteStart", .. EntityColumns],
        [s.Id, s.ConflictId, s.SpeakerId, s.OnBehalfOfPartyId, s.SaidOn, s.Text, s.Language, s.IsDirectQuote, s.Summary,
         s.SourceId, s.Quote, s.QuoteStart, .. EntityValues(s)]);

    /// <summary>Makes what was written so far durable (SQLite commits its transaction; PostgreSQL's COPY ends with the load).</summary>
    public abstract void Commit();

    public abstract void Dispose();

    protected abstract void Insert(string table, string[] columns, object?[] values);

    private static readonly string[] EntityColumns = ["ExternalId", "Version", "IsDeleted", "CreatedAtUtc", "UpdatedAtUtc"];

    private static object?[] EntityValues(Entity e) => [e.ExternalId, e.Version, e.IsDeleted, e.CreatedAtUtc, e.UpdatedAtUtc];
}
