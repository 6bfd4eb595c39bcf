using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Features.Ceasefires;

public sealed record CeasefireTermRow(int Id, CeasefireTermKind Kind, string Description, int SourceId, string Quote, int QuoteStart);

/// <summary>Another source's time in force for a ceasefire: a claim of its own, beside the ceasefire's (never over it).</summary>
public sealed record InForceClaimRow(int EventId, string InForceFrom, int SourceId, string SourceTitle, string Quote, int QuoteStart);

public sealed record CeasefireCard(int Id, string Name, string Conflict, string? Mediator, IReadOnlyList<string> Parties,
    string Announced, string? InForceFrom, int SourceId, string Quote, int QuoteStart, IReadOnlyList<CeasefireTermRow> Terms)
{
    public IReadOnlyList<InForceClaimRow> OtherInForceClaims { get; init; } = [];
}

public sealed record CeasefirePage(IReadOnlyList<CeasefireCard> Cards, int Total);

/// <summary>Ceasefires latest announced first, a page at a time, with parties, mediator and terms in one query.</summary>
public sealed class CeasefireQuery(IDbContextFactory<TrackerDbContext> factory)
{
    public const int DefaultPageSize = 10;
    public const string Path = "ceasefires";

    /// <summary>The keys of the ceasefires page's address.</summary>
    public static readonly IReadOnlyList<ListQueryKey> Keys = [ListQuery.PageKey];

    public static string Format(int page) => new ListQueryWriter(Path).AddPage(page).ToString();

    /// <param name="page">1-based page number.</param>
    public async Task<CeasefirePage> ReadAsync(int page = 1, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        PageNumbers.Check(page, pageSize);
        await using var db = await factory.CreateDbContextAsync(ct);
        var total = await db.Ceasefires.CountAsync(ct);
        var rows = await db.Ceasefires.AsNoTracking()
            .OrderByDescending(c => c.AnnouncedAtUtc).ThenByDescending(c => c.Id)
            .Page(page, pageSize)
            .Select(c => new
            {
                c.Id, c.Name, Conflict = c.Conflict!.Name, Mediator = c.MediatorParty != null ? c.MediatorParty.Name : null,
                Parties = c.Parties.OrderBy(p => p.Name).Select(p => p.Name).ToList(),
                c.AnnouncedAtLocal, c.AnnouncedPrecision, c.InForceFromLocal, c.InForcePrecision, c.TimeZoneId, c.TimeZoneBasis,
                c.SourceId, c.Quote, c.QuoteStart,
                Terms = c.Terms.OrderBy(t => t.Id)
                    .Select(t => new CeasefireTermRow(t.Id, t.Kind, t.Description, t.SourceId, t.Quote, t.QuoteStart)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var ids = rows.Select(c => c.Id).ToList();
        var inForceEvents = await db.TimelineEvents.AsNoTracking()
            .Where(e => e.CeasefireId != null && ids.Contains(e.CeasefireId.Value) && e.Kind == EventKind.CeasefireInForce)
            .OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Id)
            .Select(e => new { CeasefireId = e.CeasefireId!.Value, e.Id, e.OccurredAtLocal, e.Precision, e.TimeZoneId, e.TimeZoneBasis,
                e.SourceId, SourceTitle = e.Source!.Title, e.Quote, e.QuoteStart })
            .ToListAsync(ct);
        var cards = rows.Select(c => new CeasefireCard(c.Id, c.Name, c.Conflict, c.Mediator, c.Parties,
                SourcedTime.Format(c.AnnouncedAtLocal, c.AnnouncedPrecision, c.TimeZoneId, c.TimeZoneBasis),
                c.InForceFromLocal is { } inForce ? SourcedTime.Format(inForce, c.InForcePrecision, c.TimeZoneId, c.TimeZoneBasis) : null,
                c.SourceId, c.Quote, c.QuoteStart, c.Terms)
            {
                // The ceasefire's own time, restated by a milestone event, is no other claim.
                OtherInForceClaims = inForceEvents
                    .Where(e => e.CeasefireId == c.Id && (e.OccurredAtLocal != c.InForceFromLocal || e.TimeZoneId != c.TimeZoneId))
                    .Select(e => new InForceClaimRow(e.Id, SourcedTime.Format(e.OccurredAtLocal, e.Precision, e.TimeZoneId, e.TimeZoneBasis),
                        e.SourceId, e.SourceTitle, e.Quote, e.QuoteStart))
                    .ToList(),
            })
            .ToList();
        return new CeasefirePage(cards, total);
    }
}

public static class CeasefireServiceExtensions
{
    public static IServiceCollection AddCeasefireQueries(this IServiceCollection services) => services.AddScoped<CeasefireQuery>().AddListPage(CeasefireQuery.Path, [.. CeasefireQuery.Keys]).AddExportDataset<CeasefireExport>();
}
