using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.Features.Permalinks;

/// <summary>One line of a record's page: a label, its value as text, and where the value links to (another record's page).</summary>
public sealed record RecordField(string Label, string? Value, string? Link = null, string? Language = null);

/// <summary>The words a record rests on: its source, and the passage around the quote with the quote's place in it.</summary>
public sealed record RecordProvenance(int SourceId, string SourceTitle, string? Publisher, DateOnly? PublishedOn, DateOnly? ReferenceDate,
    string Language, string? Url, string Quote, int QuoteStart, string Passage, int PassageStart, DataSetCitation? DataSetRow)
{
    /// <summary>The quote's place in <see cref="Passage"/>; null when the quote is not found where it says it is.</summary>
    public (int Start, int Length)? QuoteInPassage =>
        Quote.Length > 0 && QuoteStart >= PassageStart && QuoteStart - PassageStart + Quote.Length <= Passage.Length
            ? (QuoteStart - PassageStart, Quote.Length)
            : null;

    public string FullSourceLink => Quote.Length > 0 ? SourceLinks.Quote(SourceId, QuoteStart, Quote.Length) : SourceLinks.Source(SourceId);
}

/// <summary>A record as its page shows it. Deleted records are found too, so their page can say so (410).</summary>
public sealed record RecordPageModel(RecordKind Kind, int Id, string Title, bool IsDeleted, DateTime UpdatedAtUtc,
    IReadOnlyList<RecordField> Fields, RecordProvenance? Provenance);

/// <summary>
/// Reads one record for its permalink page (<c>/casualties/{id}</c>, <c>/events/{id}</c>, ...): its fields with the
/// names of what it refers to, and the source passage it quotes. Past the soft-delete filter: a deleted record, and a
/// deleted party a live record still names, are shown as what they are.
/// </summary>
public sealed class RecordPageQuery(IDbContextFactory<TrackerDbContext> factory, EditingQueries editing)
{
    /// <summary>Characters of context on each side of the quote, cut back to a sentence or line where there is one.</summary>
    public const int PassageContext = 300;

    public async Task<RecordPageModel?> GetAsync(RecordKind kind, int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return kind.ClrType.Name switch
        {
            nameof(CasualtyReport) => await CasualtyAsync(db, kind, id, ct),
            nameof(TimelineEvent) => await EventAsync(db, kind, id, ct),
            nameof(Statement) => await StatementAsync(db, kind, id, ct),
            nameof(Ceasefire) => await CeasefireAsync(db, kind, id, ct),
            nameof(Party) => await PartyAsync(db, kind, id, ct),
            _ => null,
        };
    }

    public Task<IReadOnlyList<ChangeRow>> HistoryAsync(RecordKind kind, int id, CancellationToken ct = default) =>
        editing.HistoryAsync(kind, id, ct);

    private static async Task<RecordPageModel?> CasualtyAsync(TrackerDbContext db, RecordKind kind, int id, CancellationToken ct)
    {
        var r = await FindAsync(db.CasualtyReports
            .Include(x => x.Conflict).Include(x => x.AffectedSide).Include(x => x.ReportingParty).Include(x => x.DataSetRow), id, ct);
        if (r is null) return null;
        var figure = FigureText.Describe(r);
        var period = r.PeriodStart is { } start && start != r.PeriodEnd
            ? $"{SourcedTime.Format(start)} to {SourcedTime.Format(r.PeriodEnd)}"
            : SourcedTime.Format(r.PeriodEnd);
        var fields = new List<RecordField>
        {
            new("Conflict", r.Conflict?.Name),
            new("Affected side", r.AffectedSide?.Name),
            new("Reported by", r.ReportingParty?.Name, PartyLink(r.ReportingPartyId)),
            new("Category", r.Category.Display()),
            new("Kind", r.Kind.Display()),
            new("Figure", figure),
            new("Low", r.Low?.ToString("N0")),
            new("Best estimate", r.BestEstimate?.ToString("N0")),
            new("High", r.High?.ToString("N0")),
            new("Qualifier", r.Qualifier.Display()),
            new("Basis", r.Basis == FigureBasis.Increment ? "increment" : "cumulative toll to date"),
            new("Included in", r.IncludedInReportId is { } parent ? $"casualty report #{parent}" : null,
                r.IncludedInReportId is { } p ? $"casualties/{p}" : null),
            new("Period", period),
            new("Place", Place(r)),
            new("Notes", r.Notes),
        };
        var title = $"{CasualtyWording.Describe(figure, r.Kind, r.Category)} ({r.AffectedSide?.Name}), reported by {r.ReportingParty?.Name}";
        return await PageAsync(db, kind, r, title, fields, r.DataSetRow, ct);
    }

    private static async Task<RecordPageModel?> EventAsync(TrackerDbContext db, RecordKind kind, int id, CancellationToken ct)
    {
        var e = await FindAsync(db.TimelineEvents
            .Include(x => x.Conflict).Include(x => x.Parties).Include(x => x.DataSetRow), id, ct);
        if (e is null) return null;
        var fields = new List<RecordField>
        {
            new("Conflict", e.Conflict?.Name),
            new("Kind", e.Kind.Display()),
            new("When", SourcedTime.Format(e.OccurredAtLocal, e.Precision, e.TimeZoneId, e.TimeZoneBasis)),
            new("Until", e.EndedAtLocal is { } end ? SourcedTime.Format(end, e.Precision, e.TimeZoneId, e.TimeZoneBasis) : null),
            new("Description", e.Description),
            new("Place", Place(e)),
        };
        fields.AddRange(e.Parties.OrderBy(p => p.Name).Select(p => new RecordField("Party", p.Name, PartyLink(p.Id))));
        return await PageAsync(db, kind, e, e.Title, fields, e.DataSetRow, ct);
    }

    private static async Task<RecordPageModel?> StatementAsync(TrackerDbContext db, RecordKind kind, int id, CancellationToken ct)
    {
        var s = await FindAsync(db.Statements
            .Include(x => x.Conflict).Include(x => x.Speaker).Include(x => x.OnBehalfOfParty), id, ct);
        if (s is null) return null;
        var fields = new List<RecordField>
        {
            new("Conflict", s.Conflict?.Name),
            new("Speaker", s.Speaker is { } speaker ? $"{speaker.Name}, {speaker.Role}" : "not named in the source"),
            new("On behalf of", s.OnBehalfOfParty?.Name, PartyLink(s.OnBehalfOfPartyId)),
            new("Said on", s.SaidOn is { } said ? SourcedTime.Format(said) : "not dated in the source"),
            new(s.IsDirectQuote ? "Words (direct quote)" : "Words (reported speech)", s.Text, Language: s.Language),
            new("Summary", s.Summary),
        };
        var title = $"{s.Speaker?.Name ?? s.OnBehalfOfParty?.Name} for {s.OnBehalfOfParty?.Name}";
        if (s.Speaker is null) title = $"Statement of {s.OnBehalfOfParty?.Name}";
        return await PageAsync(db, kind, s, title, fields, null, ct);
    }

    private static async Task<RecordPageModel?> CeasefireAsync(TrackerDbContext db, RecordKind kind, int id, CancellationToken ct)
    {
        var c = await FindAsync(db.Ceasefires
            .Include(x => x.Conflict).Include(x => x.MediatorParty).Include(x => x.Parties).Include(x => x.Terms), id, ct);
        if (c is null) return null;
        var fields = new List<RecordField>
        {
            new("Conflict", c.Conflict?.Name),
            new("Announced", SourcedTime.Format(c.AnnouncedAtLocal, c.AnnouncedPrecision, c.TimeZoneId, c.TimeZoneBasis)),
            new("In force from", c.InForceFromLocal is { } from ? SourcedTime.Format(from, c.InForcePrecision, c.TimeZoneId, c.TimeZoneBasis) : "not given"),
            new("Mediator", c.MediatorParty?.Name, c.MediatorPartyId is { } m ? PartyLink(m) : null),
        };
        fields.AddRange(c.Parties.OrderBy(p => p.Name).Select(p => new RecordField("Party", p.Name, PartyLink(p.Id))));
        fields.AddRange(c.Terms.Where(t => !t.IsDeleted).OrderBy(t => t.QuoteStart)
            .Select(t => new RecordField($"Term ({t.Kind.Display()})", t.Description, SourceLinks.Quote(t))));
        return await PageAsync(db, kind, c, c.Name, fields, null, ct);
    }

    private static async Task<RecordPageModel?> PartyAsync(TrackerDbContext db, RecordKind kind, int id, CancellationToken ct)
    {
        var p = await FindAsync(db.Parties
            .Include(x => x.Conflict).Include(x => x.Side).Include(x => x.ParentParty), id, ct);
        if (p is null) return null;
        var fields = new List<RecordField>
        {
            new("Conflict", p.Conflict?.Name),
            new("Name in the source", p.NameInSource),
            new("Other names", p.Aliases),
            new("Kind", p.Kind.Display()),
            new("Role", p.Role.Display()),
            new("Side", p.Side?.Name ?? "none (mediator or observer)"),
            new("Part of", p.ParentParty?.Name, p.ParentPartyId is { } parent ? PartyLink(parent) : null),
        };
        var officials = await db.Officials.AsNoTracking().Where(o => o.PartyId == id).OrderBy(o => o.Name)
            .Select(o => new RecordField("Official", o.Name + ", " + o.Role, null, null)).ToListAsync(ct);
        fields.AddRange(officials);
        // A party rests on no single quote: the records that name it carry their own.
        return new RecordPageModel(kind, p.Id, p.Name, p.IsDeleted, p.UpdatedAtUtc, fields, null);
    }

    /// <summary>One record with what its page names, past the soft-delete filter (see the class), untracked.</summary>
    private static Task<T?> FindAsync<T>(IQueryable<T> withIncludes, int id, CancellationToken ct) where T : Entity =>
        withIncludes.IgnoreQueryFilters().AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);

    private static async Task<RecordPageModel> PageAsync<T>(TrackerDbContext db, RecordKind kind, T record, string title,
        IReadOnlyList<RecordField> fields, DataSetRow? row, CancellationToken ct) where T : Entity, ISourced =>
        new(kind, record.Id, title, record.IsDeleted, record.UpdatedAtUtc, fields, await ProvenanceAsync(db, record, row, ct));

    private static string PartyLink(int id) => $"parties/{id}";

    private static string? Place(IPlaced placed)
    {
        var parts = new[] { placed.PlaceName, placed.PlaceAdmin2, placed.PlaceAdmin1, placed.PlaceCountry }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static async Task<RecordProvenance> ProvenanceAsync(TrackerDbContext db, ISourced record, DataSetRow? row, CancellationToken ct)
    {
        var source = await db.Sources.IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == record.SourceId)
            .Select(s => new { s.Id, s.Title, s.Publisher, s.PublishedOn, s.ReferenceDate, s.Language, s.Url, s.FullText })
            .SingleAsync(ct);
        var (passage, start) = Passage(source.FullText, record.QuoteStart, record.Quote.Length);
        var citation = row is null ? null
            : new DataSetCitation(row.DataSet, row.DataSetVersion, row.RowId, row.SourceArticle, row.SourceHeadline, row.SourceOffice, row.SourceDate, row.SourceOriginal);
        return new RecordProvenance(source.Id, source.Title, source.Publisher, source.PublishedOn, source.ReferenceDate, source.Language,
            source.Url, record.Quote, record.QuoteStart, passage, start, citation);
    }

    /// <summary>The quote with up to <see cref="PassageContext"/> characters each side, cut at a line break or sentence end.</summary>
    public static (string Text, int Start) Passage(string text, int quoteStart, int quoteLength)
    {
        if (quoteLength <= 0 || quoteStart < 0 || quoteStart + quoteLength > text.Length) return ("", 0);
        var from = Math.Max(0, quoteStart - PassageContext);
        var to = Math.Min(text.Length, quoteStart + quoteLength + PassageContext);
        var before = text.LastIndexOfAny(['\n', '.'], Math.Max(0, quoteStart - 1), quoteStart - from);
        if (before >= from && before < quoteStart) from = before + 1;
        var quoteEnd = quoteStart + quoteLength;
        var after = quoteEnd < to ? text.IndexOfAny(['\n', '.'], quoteEnd, to - quoteEnd) : -1;
        if (after >= 0) to = after + 1;
        var passage = text[from..to];
        var trimmed = passage.TrimStart();
        return (trimmed.TrimEnd(), from + passage.Length - trimmed.Length);
    }
}
