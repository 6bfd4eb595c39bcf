using CeasefireTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Features.Overview;

/// <summary>How many live (not deleted) records of each kind the store holds.</summary>
public sealed record StoreCounts(
    int Conflicts, int Parties, int Officials, int Sources, int Events, int Ceasefires, int CeasefireTerms,
    int CasualtyReports, int Statements)
{
    public static readonly object CacheKey = (nameof(StoreCounts), 0);

    public static async Task<StoreCounts> ReadAsync(IDbContextFactory<TrackerDbContext> factory, CancellationToken ct = default)
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
