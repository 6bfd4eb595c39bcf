namespace CeasefireTracker.Features.Casualties;

public static class CasualtyGroupFilter
{
    /// <summary>
    /// Keeps the rows of the conflict, side, reporter, category and kind <paramref name="filter"/> names (reports or
    /// summary rows alike); EF reads the interface's members as the entity's own columns.
    /// </summary>
    public static IQueryable<T> WhereGroup<T>(this IQueryable<T> query, CasualtyFilter filter) where T : class, ICasualtyGroup
    {
        if (filter.ConflictId is { } conflict) query = query.Where(r => r.ConflictId == conflict);
        if (filter.SideId is { } side) query = query.Where(r => r.AffectedSideId == side);
        if (filter.ReporterId is { } reporter) query = query.Where(r => r.ReportingPartyId == reporter);
        if (filter.Category is { } category) query = query.Where(r => r.Category == category);
        if (filter.Kind is { } kind) query = query.Where(r => r.Kind == kind);
        return query;
    }
}
