using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Data.Caching;

namespace CeasefireTracker.Features.Overview;

public sealed record CeasefireSummary(
    string Name, string? Mediator, IReadOnlyList<string> Parties, string Announced, string? InForceSince,
    IReadOnlyList<TermSummary> Terms, string QuoteLink, string Quote);

public sealed record TermSummary(CeasefireTermKind Kind, string Description, string QuoteLink);

public sealed record EventSummary(string Title, EventKind Kind, string When, string QuoteLink, string Quote);


/// <summary>
/// The overview's reads: the conflicts, the latest ceasefire and the latest events (of one conflict, or of all),
/// each a small projected query.
/// </summary>
public sealed class OverviewQuery(IDbContextFactory<TrackerDbContext> dbFactory, StoreReadCache cache)
{
    /// <summary>
    /// Every conflict by name, with the one whose timeline moved last first in line for the overview; kept like the
    /// other whole-store reads until the store changes.
    /// </summary>
    public Task<(IReadOnlyList<Choice> Conflicts, int? MostRecentlyActive)> GetConflictsAsync(CancellationToken ct = default) =>
        cache.GetAsync<(IReadOnlyList<Choice>, int?)>(nameof(GetConflictsAsync), [typeof(Conflict), typeof(TimelineEvent)], async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            var conflicts = await db.Conflicts.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id)
                .Select(c => new Choice(c.Id, c.Name)).ToListAsync(token);
            // The latest event, read from the end of the (OccurredAtUtc, Id, IsDeleted) index.
            var latest = await db.TimelineEvents.AsNoTracking().OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id)
                .Select(e => (int?)e.ConflictId).FirstOrDefaultAsync(token);
            return (conflicts, latest ?? conflicts.FirstOrDefault()?.Id);
        }, ct);

    /// <summary>How many live records of each kind the store holds; counted once per change of the store.</summary>
    public Task<StoreCounts> GetCountsAsync(CancellationToken ct = default) =>
        cache.GetAsync(StoreCounts.CacheKey, token => StoreCounts.ReadAsync(dbFactory, token), ct);

    /// <summary>The conflict the overview's address asks for; a bad value is named in the query's problems.</summary>
    public static int? ParseConflict(ListQuery query) => query.PositiveInt("conflict", "the most recently active conflict is shown");

    public async Task<CeasefireSummary?> GetLatestCeasefireAsync(int? conflictId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ceasefires = db.Ceasefires.AsNoTracking();
        if (conflictId is { } conflict) ceasefires = ceasefires.Where(c => c.ConflictId == conflict);
        var ceasefire = await ceasefires
            .OrderByDescending(c => c.AnnouncedAtUtc).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                c.Name, Mediator = c.MediatorParty!.Name, Parties = c.Parties.OrderBy(p => p.Name).Select(p => p.Name).ToList(),
                c.AnnouncedAtLocal, c.AnnouncedPrecision, c.InForceFromLocal, c.InForcePrecision, c.TimeZoneId, c.TimeZoneBasis,
                Terms = c.Terms.OrderBy(t => t.Id)
                    .Select(t => new { t.Kind, t.Description, t.SourceId, t.QuoteStart, t.Quote }).ToList(),
                c.SourceId, c.QuoteStart, c.Quote,
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (ceasefire is null) return null;

        return new CeasefireSummary(
            ceasefire.Name, ceasefire.Mediator, ceasefire.Parties,
            SourcedTime.Format(ceasefire.AnnouncedAtLocal, ceasefire.AnnouncedPrecision, ceasefire.TimeZoneId, ceasefire.TimeZoneBasis),
            ceasefire.InForceFromLocal is { } inForce
                ? SourcedTime.Format(inForce, ceasefire.InForcePrecision, ceasefire.TimeZoneId, ceasefire.TimeZoneBasis)
                : null,
            ceasefire.Terms.Select(t => new TermSummary(t.Kind, t.Description, SourceLinks.Quote(t.SourceId, t.QuoteStart, t.Quote.Length))).ToList(),
            SourceLinks.Quote(ceasefire.SourceId, ceasefire.QuoteStart, ceasefire.Quote.Length), ceasefire.Quote);
    }

    public async Task<IReadOnlyList<EventSummary>> GetLatestEventsAsync(int count = 5, int? conflictId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var timeline = db.TimelineEvents.AsNoTracking();
        if (conflictId is { } conflict) timeline = timeline.Where(e => e.ConflictId == conflict);
        var events = await timeline
            .OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id)
            .Take(count)
            .Select(e => new { e.Title, e.Kind, e.OccurredAtLocal, e.Precision, e.TimeZoneId, e.TimeZoneBasis, e.SourceId, e.QuoteStart, e.Quote })
            .ToListAsync(ct);
        return events.Select(e => new EventSummary(
            e.Title, e.Kind, SourcedTime.Format(e.OccurredAtLocal, e.Precision, e.TimeZoneId, e.TimeZoneBasis),
            SourceLinks.Quote(e.SourceId, e.QuoteStart, e.Quote.Length), e.Quote)).ToList();
    }
}

public static class OverviewExtensions
{
    public static IServiceCollection AddOverviewQueries(this IServiceCollection services) =>
        services.AddSingleton<OverviewQuery>().AddStoreReadCache().AddListPage("", new ListQueryKey("conflict"));
}
