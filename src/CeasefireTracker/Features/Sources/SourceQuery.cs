using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Export;
using Microsoft.EntityFrameworkCore;

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

/// <summary>Reads sources for the source viewer: the list with citation counts, and one source with every record citing it.</summary>
public sealed class SourceQuery(IDbContextFactory<TrackerDbContext> factory)
{
    public async Task<IReadOnlyList<SourceSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Counted in the database by correlated sub-queries: one round trip, no records loaded.
        return await db.Sources.AsNoTracking()
            .OrderByDescending(s => s.PublishedOn ?? s.ReferenceDate).ThenBy(s => s.Id)
            .Select(s => new SourceSummary(s.Id, s.Title, s.Publisher, s.PublishedOn, s.ReferenceDate, s.Language,
                db.TimelineEvents.Count(e => e.SourceId == s.Id)
                + db.Ceasefires.Count(c => c.SourceId == s.Id)
                + db.CeasefireTerms.Count(t => t.SourceId == s.Id)
                + db.CasualtyReports.Count(r => r.SourceId == s.Id)
                + db.Statements.Count(r => r.SourceId == s.Id)))
            .ToListAsync(ct);
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
        .AddListPage("sources").AddListPage("sources/*", new ListQueryKey("highlight")).AddExportDataset<SourceExport>();
}
