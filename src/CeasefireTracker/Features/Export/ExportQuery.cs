using System.Globalization;
using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Export;

/// <summary>Small helpers the data sets share for reading the address and naming filter values.</summary>
public static class ExportQuery
{
    /// <summary>Paging and format keys: they choose what a page shows of the set, not the set, so a download drops them.</summary>
    private static readonly HashSet<string> NotFilters = new(StringComparer.OrdinalIgnoreCase) { "page", "size", "hxl" };

    public static string? Get(IQueryCollection query, string key) => query.TryGetValue(key, out var v) ? v.ToString() : null;

    public static IReadOnlyList<KeyValuePair<string, string>> Values(IQueryCollection query) =>
        query.Where(q => !NotFilters.Contains(q.Key) && !string.IsNullOrEmpty(q.Value.ToString()))
            .Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())).ToList();

    public static async Task<string> PartyNameAsync(IDbContextFactory<TrackerDbContext> factory, int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Parties.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct)
               ?? id.ToString(CultureInfo.InvariantCulture);
    }

    public static async Task<string> OfficialNameAsync(IDbContextFactory<TrackerDbContext> factory, int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Officials.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct)
               ?? id.ToString(CultureInfo.InvariantCulture);
    }
}
