using CeasefireTracker.Data;
using CeasefireTracker.Features.Casualties;

namespace CeasefireTracker.Features.Overview;

/// <summary>How many live (not deleted) records of each kind the store holds.</summary>
public sealed record StoreCounts(
    int Conflicts, int Parties, int Officials, int Sources, int Events, int Ceasefires, int CeasefireTerms,
    int CasualtyReports, int Statements)
{
    public static readonly object CacheKey = (nameof(StoreCounts), 0);

    /// <summary>From the counts kept on every save (RecordCountSummaries): nine small reads instead of nine table counts.</summary>
    public static async Task<StoreCounts> ReadAsync(IDbContextFactory<TrackerDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var counts = await SummaryReads.CountsAsync(db, ct);
        int Of(string type) => counts.GetValueOrDefault(type);
        return new StoreCounts(Of(nameof(Conflict)), Of(nameof(Party)), Of(nameof(Official)), Of(nameof(Source)),
            Of(nameof(TimelineEvent)), Of(nameof(Ceasefire)), Of(nameof(CeasefireTerm)), Of(nameof(CasualtyReport)), Of(nameof(Statement)));
    }

    /// <summary>The counts read from the records themselves (what the summary must equal).</summary>
    public static async Task<StoreCounts> CountRecordsAsync(IDbContextFactory<TrackerDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return new StoreCounts(
            await db.Conflicts.CountAsync(ct),
            await db.Parties.CountAsync(ct),
            await db.Officials.CountAsync(ct),
            await db.Sources.CountAsync(ct),
            await db.TimelineEvents.CountAsync(ct),
            await db.Ceasefires.CountAsync(ct),
            await db.CeasefireTerms.CountAsync(ct),
            await db.CasualtyReports.CountAsync(ct),
            await db.Statements.CountAsync(ct));
    }

    public IEnumerable<(string Label, int Count, string Href)> Items =>
    [
        ("Conflicts", Conflicts, ""),
        ("Timeline events", Events, "timeline"),
        ("Ceasefires", Ceasefires, "ceasefires"),
        ("Ceasefire terms", CeasefireTerms, "ceasefires"),
        ("Casualty reports", CasualtyReports, "casualties"),
        ("Statements", Statements, "statements"),
        ("Parties", Parties, "parties"),
        ("Officials", Officials, "parties"),
        ("Sources", Sources, "sources"),
    ];
}
