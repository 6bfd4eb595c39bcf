namespace CeasefireTracker.Data;

/// <summary>
/// Page-numbered reads (page 1 first) of the lists short enough to count and skip: sources, statements, ceasefires.
/// The long ones (casualty reports, the timeline) page by keyset instead (<see cref="Keyset"/>).
/// </summary>
public static class PageNumbers
{
    /// <summary>Refuses a page or a page size below 1 before anything is read.</summary>
    public static void Check(int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
    }

    /// <summary>The rows of the 1-based <paramref name="page"/> of an ordered query.</summary>
    public static IQueryable<T> Page<T>(this IQueryable<T> ordered, int page, int pageSize) =>
        ordered.Skip((page - 1) * pageSize).Take(pageSize);
}
