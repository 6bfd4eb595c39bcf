namespace CeasefireTracker.Components.Shared;

/// <summary>A query-string key a list page reads, with the value it means when absent (left out of addresses).</summary>
public sealed record ListQueryKey(string Name, string? Default = null);

/// <summary>
/// A reader page's address: its path (a segment "*" matches any one segment, as in "sources/*") and the query keys it
/// reads, in canonical order. Each feature registers its pages; the shell's output cache and address normalizer use
/// the list without knowing any feature.
/// </summary>
public sealed record ListPage(string Path, IReadOnlyList<ListQueryKey> Keys)
{
    public ListPage(string path, params string[] keys) : this(path, keys.Select(k => new ListQueryKey(k)).ToList()) { }

    public bool Matches(string path)
    {
        var want = Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var have = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (want.Length != have.Length) return false;
        for (var i = 0; i < want.Length; i++)
            if (want[i] != "*" && !string.Equals(want[i], have[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}

public static class ListPageExtensions
{
    /// <summary>Registers a reader page's address, from the feature that owns the page.</summary>
    public static IServiceCollection AddListPage(this IServiceCollection services, string path, params ListQueryKey[] keys) =>
        services.AddSingleton(new ListPage(path, keys));
}
