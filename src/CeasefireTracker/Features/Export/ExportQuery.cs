using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
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

    /// <summary>A filter value's name for the file name; the number when the record is gone (deleted ones still count).</summary>
    public static async Task<string> NameAsync<T>(TrackerDbContext db, int id, Expression<Func<T, string>> name, CancellationToken ct)
        where T : Entity =>
        await db.Set<T>().IgnoreQueryFilters().Where(e => e.Id == id).Select(name).FirstOrDefaultAsync(ct)
        ?? id.ToString(CultureInfo.InvariantCulture);

    public static async Task<string> NameAsync<T>(IDbContextFactory<TrackerDbContext> factory, int id, Expression<Func<T, string>> name,
        CancellationToken ct) where T : Entity
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await NameAsync(db, id, name, ct);
    }

    /// <summary>
    /// A page-numbered list read <paramref name="size"/> rows at a time, in its order, up to its last (short) page: a data
    /// set's rows as they are written, never the whole set at once.
    /// </summary>
    public static async IAsyncEnumerable<IReadOnlyList<T>> PagesAsync<T>(int size,
        Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> readPage, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var pageNumber = 1; ; pageNumber++)
        {
            var rows = await readPage(pageNumber, size, ct);
            yield return rows;
            if (rows.Count < size) yield break;
        }
    }
}
