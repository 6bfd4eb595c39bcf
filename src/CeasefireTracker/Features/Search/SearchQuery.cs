using System.Globalization;
using System.Text.RegularExpressions;
using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Search;

public enum SearchHitKind
{
    Source = 1,
    Statement = 2,
    Event = 3,
    Party = 4,
    Quote = 5,
}

/// <summary>A piece of a hit's text: <see cref="IsMatch"/> when it is one of the words searched for.</summary>
public sealed record SearchSpan(string Text, bool IsMatch);

/// <summary>One record found: what it is, its title and an excerpt with the matched words marked, and where it is.</summary>
public sealed record SearchHit(SearchHitKind Kind, int RecordId, IReadOnlyList<SearchSpan> Title, IReadOnlyList<SearchSpan> Excerpt, string Link, string? Language);

public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, bool More);

/// <summary>
/// One search over sources, statements, events, parties and quoted words, accent- and case-insensitive. On SQLite it
/// reads the FTS5 index kept by triggers (migration Reader_SearchIndexFts5CustomSql), newest records first, so a
/// common word costs the same at a million reports as at nine; on PostgreSQL the GIN text-search indexes of migration
/// Pg_SearchFullText.
/// </summary>
public sealed partial class SearchQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public const int PageSize = 50;

    // Markers FTS5's highlight() and snippet() put around matched words; control characters no text of ours holds.
    private const char Open = '\u0001';
    private const char Close = '\u0002';

    /// <summary>The words of what was typed, without FTS5 syntax: letters and digits only.</summary>
    public static IReadOnlyList<string> Terms(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : WordPattern().Matches(text).Select(m => m.Value).Take(10).ToList();

    public async Task<SearchResult> SearchAsync(string? text, CancellationToken ct = default)
    {
        var terms = Terms(text);
        if (terms.Count == 0) return new SearchResult([], false);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var hits = db.Database.IsSqlite() ? await FullTextAsync(db, terms, ct) : await PostgreSqlFullTextAsync(db, terms, ct);
        return new SearchResult(hits.Take(PageSize).ToList(), hits.Count > PageSize);
    }

    private static async Task<List<SearchHit>> FullTextAsync(TrackerDbContext db, IReadOnlyList<string> terms, CancellationToken ct)
    {
        // Every word must occur; the last may be the start of a word ("reun" while typing "réunis").
        var match = string.Join(" ", terms.Select((t, i) => i == terms.Count - 1 ? $"\"{t}\"*" : $"\"{t}\""));
        var rows = await db.Database.SqlQuery<FullTextRow>($"""
            SELECT rowid AS "RowId", highlight(SearchIndex, 0, char(1), char(2)) AS "Title",
                   snippet(SearchIndex, 1, char(1), char(2), '…', 32) AS "Excerpt", link AS "Link", lang AS "Language"
            FROM SearchIndex WHERE SearchIndex MATCH {match} ORDER BY rowid DESC LIMIT {PageSize + 1}
            """).ToListAsync(ct);
        return rows.Select(r => new SearchHit((SearchHitKind)(r.RowId % 8), (int)(r.RowId / 8), Spans(r.Title), Spans(r.Excerpt), r.Link, r.Language))
            .ToList();
    }

    /// <summary>
    /// PostgreSQL: the GIN indexes over unaccented text vectors (migration Pg_SearchFullText); the expressions below are
    /// those of the indexes, word for word, so that the planner uses them.
    /// </summary>
    private static async Task<List<SearchHit>> PostgreSqlFullTextAsync(TrackerDbContext db, IReadOnlyList<string> terms, CancellationToken ct)
    {
        // Every word must occur; the last may be the start of a word. Terms are letters and digits only (Terms).
        var query = string.Join(" & ", terms.Select((t, i) => i == terms.Count - 1 ? t + ":*" : t));
        var hits = new List<SearchHit>();
        foreach (var s in await db.Sources.FromSql($"""SELECT * FROM "Sources" WHERE tracker_search_text("Title" || ' ' || "FullText") @@ tracker_search_query({query})""")
                     .AsNoTracking().Where(s => !s.IsDeleted).OrderByDescending(s => s.Id).Take(PageSize + 1)
                     .Select(s => new { s.Id, s.Title, s.FullText, s.Language }).ToListAsync(ct))
            hits.Add(new SearchHit(SearchHitKind.Source, s.Id, Mark(s.Title, terms), Mark(Excerpt(s.FullText, terms), terms), $"sources/{s.Id}", s.Language));
        foreach (var s in await db.Statements.FromSql($"""SELECT * FROM "Statements" WHERE tracker_search_text(coalesce("Summary", '') || ' ' || "Text") @@ tracker_search_query({query})""")
                     .AsNoTracking().Where(s => !s.IsDeleted).OrderByDescending(s => s.Id).Take(PageSize + 1)
                     .Select(s => new { s.Id, s.Summary, s.Text, s.Language, s.SourceId, s.QuoteStart, QuoteLength = s.Quote.Length }).ToListAsync(ct))
            hits.Add(new SearchHit(SearchHitKind.Statement, s.Id, Mark(s.Summary ?? "", terms), Mark(Excerpt(s.Text, terms), terms),
                $"sources/{s.SourceId}?highlight={s.QuoteStart}:{s.QuoteLength}", s.Language));
        foreach (var e in await db.TimelineEvents.FromSql($"""SELECT * FROM "TimelineEvents" WHERE tracker_search_text("Title" || ' ' || "Quote") @@ tracker_search_query({query})""")
                     .AsNoTracking().Where(e => !e.IsDeleted).OrderByDescending(e => e.Id).Take(PageSize + 1)
                     .Select(e => new { e.Id, e.Title, e.Quote, e.Source!.Language, e.SourceId, e.QuoteStart }).ToListAsync(ct))
            hits.Add(new SearchHit(SearchHitKind.Event, e.Id, Mark(e.Title, terms), Mark(Excerpt(e.Quote, terms), terms),
                $"sources/{e.SourceId}?highlight={e.QuoteStart}:{e.Quote.Length}", e.Language));
        foreach (var p in await db.Parties.FromSql($"""SELECT * FROM "Parties" WHERE tracker_search_text("Name" || ' ' || coalesce("Aliases", '')) @@ tracker_search_query({query})""")
                     .AsNoTracking().Where(p => !p.IsDeleted).OrderByDescending(p => p.Id).Take(PageSize + 1)
                     .Select(p => new { p.Id, p.Name, p.Aliases }).ToListAsync(ct))
            hits.Add(new SearchHit(SearchHitKind.Party, p.Id, Mark(p.Name, terms), Mark(p.Aliases ?? "", terms), "parties", null));
        foreach (var r in await db.CasualtyReports.FromSql($"""SELECT * FROM "CasualtyReports" WHERE tracker_search_text("Quote") @@ tracker_search_query({query})""")
                     .AsNoTracking().Where(r => !r.IsDeleted).OrderByDescending(r => r.Id).Take(PageSize + 1)
                     .Select(r => new { r.Id, r.Quote, r.Source!.Language, r.SourceId, r.QuoteStart }).ToListAsync(ct))
            hits.Add(new SearchHit(SearchHitKind.Quote, r.Id, [], Mark(Excerpt(r.Quote, terms), terms),
                $"sources/{r.SourceId}?highlight={r.QuoteStart}:{r.Quote.Length}", r.Language));
        return hits;
    }

    // Accents and case do not count, as in the indexes: "reunis" marks "réunis".
    private const CompareOptions Loosely = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    private static bool Matches(string word, IReadOnlyList<string> terms) =>
        terms.Any(t => CultureInfo.InvariantCulture.CompareInfo.IsPrefix(word, t, Loosely));

    private static string Excerpt(string text, IReadOnlyList<string> terms)
    {
        var at = WordPattern().Matches(text).FirstOrDefault(w => Matches(w.Value, terms))?.Index ?? 0;
        var start = Math.Max(0, at - 80);
        var excerpt = text.Substring(start, Math.Min(240, text.Length - start));
        return (start > 0 ? "…" : "") + excerpt + (start + excerpt.Length < text.Length ? "…" : "");
    }

    /// <summary>Marks every word that starts with a term, as the indexes match them.</summary>
    private static IReadOnlyList<SearchSpan> Mark(string text, IReadOnlyList<string> terms) =>
        Spans(WordPattern().Replace(text, m => Matches(m.Value, terms) ? $"{Open}{m.Value}{Close}" : m.Value));

    /// <summary>Splits text marked with <see cref="Open"/>/<see cref="Close"/> into spans; the page encodes each.</summary>
    internal static IReadOnlyList<SearchSpan> Spans(string? marked)
    {
        var spans = new List<SearchSpan>();
        if (string.IsNullOrEmpty(marked)) return spans;
        var inMatch = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != Open && marked[i] != Close) continue;
            if (i > start) spans.Add(new SearchSpan(marked[start..i], inMatch));
            if (i < marked.Length) inMatch = marked[i] == Open;
            start = i + 1;
        }

        return spans;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    private sealed class FullTextRow
    {
        public long RowId { get; init; }
        public string? Title { get; init; }
        public string? Excerpt { get; init; }
        public string Link { get; init; } = "";
        public string? Language { get; init; }
    }
}

public static class SearchExtensions
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SearchQuery>();
        return builder;
    }
}
