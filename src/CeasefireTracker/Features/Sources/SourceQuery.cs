using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Features.Sources;

public sealed record SourceSummary(int Id, string Title, string? Publisher, DateOnly? PublishedOn, DateOnly? ReferenceDate,
    string Language, int CitationCount);

/// <summary>One record that quotes the source, with where its quote sits in the full text.</summary>
public sealed record SourceCitation(string RecordType, int RecordId, string Label, int QuoteStart, int QuoteLength)
{
    public string Describe => $"{RecordType}: {Label}";

    /// <summary>The record's own page (<c>casualties/5</c>); null for a kind that has none (ceasefire terms).</summary>
    public string? Page { get; init; }
}

public sealed record SourceDetail(int Id, string Title, string? Publisher, string? Url, DateOnly? PublishedOn,
    DateOnly? ReferenceDate, string Language, string FullText, string? Notes, IReadOnlyList<SourceCitation> Citations);

/// <summary>One page of the sources list and how many sources there are in all.</summary>
public sealed record SourcePage(IReadOnlyList<SourceSummary> Rows, int Total);

/// <summary>Reads sources for the source viewer: the list with citation counts, and one source with every record citing it.</summary>
public sealed class SourceQuery(IDbContextFactory<TrackerDbContext> factory)
{
    public const string Path = "sources";

    public const int DefaultPageSize = 50;

    /// <summary>The keys of the sources page's address.</summary>
    public static readonly IReadOnlyList<ListQueryKey> Keys = [ListQuery.PageKey];

    /// <summary>The address of a page of the list (1-based).</summary>
    public static string Format(int page) => new ListQueryWriter(Path).AddPage(page).ToString();

    /// <summary>
    /// One page of sources, newest first, with the records citing each counted for that page only: the store may hold
    /// tens of thousands of sources, and the page never reads them all.
    /// </summary>
    public async Task<SourcePage> ReadAsync(int page = 1, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        PageNumbers.Check(page, pageSize);
        await using var db = await factory.CreateDbContextAsync(ct);
        var total = await db.Sources.CountAsync(ct);
        var rows = await Newest(db).Page(page, pageSize).ToListAsync(ct);
        var counts = await CitationCountsAsync(db, [.. rows.Select(r => r.Id)], ct);
        return new SourcePage([.. rows.Select(r => r with { CitationCount = counts.GetValueOrDefault(r.Id) })], total);
    }

    /// <summary>Every source with its citation count, for the export (streamed by it; counted per table, not per source).</summary>
    public async Task<IReadOnlyList<SourceSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await Newest(db).ToListAsync(ct);
        var counts = await CitationCountsAsync(db, null, ct);
        return [.. rows.Select(r => r with { CitationCount = counts.GetValueOrDefault(r.Id) })];
    }

    /// <summary>Newest first: the order of the expression index IX_Sources_Listed, written as it is.</summary>
    internal static IQueryable<SourceSummary> Newest(TrackerDbContext db) => db.Sources.AsNoTracking()
        .OrderByDescending(s => s.PublishedOn ?? s.ReferenceDate).ThenBy(s => s.Id)
        .Select(s => new SourceSummary(s.Id, s.Title, s.Publisher, s.PublishedOn, s.ReferenceDate, s.Language, 0));

    /// <summary>
    /// Live records citing each source, summed over the five sourced tables: one grouped read of each table's source
    /// index, for the given sources or (null) all of them.
    /// </summary>
    private static async Task<Dictionary<int, int>> CitationCountsAsync(TrackerDbContext db, IReadOnlyCollection<int>? sourceIds, CancellationToken ct)
    {
        var counts = new Dictionary<int, int>();
        async Task AddAsync<T>(IQueryable<T> records) where T : Domain.Entity, Domain.ISourced
        {
            if (sourceIds is not null) records = records.Where(r => sourceIds.Contains(r.SourceId));
            foreach (var group in await records.GroupBy(r => r.SourceId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                counts[group.Key] = counts.GetValueOrDefault(group.Key) + group.Count;
        }

        if (sourceIds is { Count: 0 }) return counts;
        await AddAsync(db.TimelineEvents);
        await AddAsync(db.Ceasefires);
        await AddAsync(db.CeasefireTerms);
        await AddAsync(db.CasualtyReports);
        await AddAsync(db.Statements);
        return counts;
    }

    private static readonly (string Type, Editing.RecordKind Kind)[] PageKinds =
    [
        ("Event", Editing.RecordKind.Of(typeof(Domain.TimelineEvent))), ("Ceasefire", Editing.RecordKind.Of(typeof(Domain.Ceasefire))),
        ("Casualty report", Editing.RecordKind.Of(typeof(Domain.CasualtyReport))), ("Statement", Editing.RecordKind.Of(typeof(Domain.Statement))),
    ];

    /// <summary>The source with its citing records ordered by where they quote it; null when there is no such source.</summary>
    public async Task<SourceDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var source = await db.Sources.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.ReferenceDate, s.Language, s.FullText, s.Notes })
            .SingleOrDefaultAsync(ct);
        if (source is null) return null;

        var citations = new List<SourceCitation>();
        citations.AddRange(await db.TimelineEvents.AsNoTracking().Where(e => e.SourceId == id)
            .Select(e => new SourceCitation("Event", e.Id, e.Title, e.QuoteStart, e.Quote.Length)).ToListAsync(ct));
        citations.AddRange(await db.Ceasefires.AsNoTracking().Where(c => c.SourceId == id)
            .Select(c => new SourceCitation("Ceasefire", c.Id, c.Name, c.QuoteStart, c.Quote.Length)).ToListAsync(ct));
        citations.AddRange(await db.CeasefireTerms.AsNoTracking().Where(t => t.SourceId == id)
            .Select(t => new SourceCitation("Ceasefire term", t.Id, t.Description, t.QuoteStart, t.Quote.Length)).ToListAsync(ct));
        var reports = await db.CasualtyReports.AsNoTracking().Where(r => r.SourceId == id)
            .Select(r => new
            {
                r.Id, Side = r.AffectedSide!.Name, r.Kind, r.BestEstimate, r.Low, r.High, r.Qualifier, r.QuoteStart,
                QuoteLength = r.Quote.Length,
            })
            .ToListAsync(ct);
        citations.AddRange(reports.Select(r => new SourceCitation("Casualty report", r.Id,
            $"{Domain.FigureText.Describe(r.BestEstimate, r.Low, r.High, r.Qualifier)} {r.Kind.ToString().ToLowerInvariant()} ({r.Side})",
            r.QuoteStart, r.QuoteLength)));
        citations.AddRange(await db.Statements.AsNoTracking().Where(s => s.SourceId == id)
            .Select(s => new SourceCitation("Statement", s.Id,
                (s.Speaker != null ? s.Speaker.Name : "Speaker not named") + " for " + s.OnBehalfOfParty!.Name,
                s.QuoteStart, s.Quote.Length))
            .ToListAsync(ct));

        foreach (var (type, kind) in PageKinds)
            for (var i = 0; i < citations.Count; i++)
                if (citations[i].RecordType == type)
                    citations[i] = citations[i] with { Page = kind.PageOf(citations[i].RecordId) };

        return new SourceDetail(source.Id, source.Title, source.Publisher, source.Url, source.PublishedOn, source.ReferenceDate,
            source.Language, source.FullText, source.Notes,
            citations.OrderBy(c => c.QuoteStart).ThenBy(c => c.RecordType).ThenBy(c => c.RecordId).ToList());
    }
}

public static class SourceServiceExtensions
{
    public static IServiceCollection AddSourceQueries(this IServiceCollection services) => services.AddScoped<SourceQuery>()
        .AddListPage(SourceQuery.Path, [.. SourceQuery.Keys]).AddListPage("sources/*", new ListQueryKey("highlight")).AddExportDataset<SourceExport>();
}
