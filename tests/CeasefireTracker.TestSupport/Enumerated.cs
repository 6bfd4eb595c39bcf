namespace CeasefireTracker.TestSupport;

/// <summary>
/// For tests that enumerate routes, pages, endpoints or record types and check each: an enumeration that broke (found
/// nothing, or lost a member everyone knows) would let such a test pass over nothing, so it asserts what it holds first.
/// </summary>
public static class Enumerated
{
    /// <summary>Asserts <paramref name="set"/> is not empty and holds each of <paramref name="known"/>; returns it as a list.</summary>
    public static IReadOnlyList<T> Covers<T>(IEnumerable<T> set, params T[] known)
    {
        var list = set.ToList();
        Assert.NotEmpty(list);
        foreach (var member in known) Assert.Contains(member, list);
        return list;
    }

    /// <summary>The first column of theory data (the path or kind a theory runs over), for <see cref="Covers{T}"/>.</summary>
    public static IEnumerable<T> FirstColumn<T>(IEnumerable<object?[]> rows) => rows.Select(row => (T)row[0]!);
}
