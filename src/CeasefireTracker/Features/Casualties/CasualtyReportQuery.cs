using CeasefireTracker.Data;
using CeasefireTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Features.Casualties;

/// <summary>What the casualty grid is filtered, sorted and paged by. Null filters match everything.</summary>
public sealed record CasualtyFilter
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>Not in the address yet (one conflict); with it, the (ConflictId, IsDeleted, ...) indexes apply.</summary>
    public int? ConflictId { get; init; }

    public int? SideId { get; init; }
    public int? ReporterId { get; init; }
    public CasualtyCategory? Category { get; init; }
    public CasualtyKind? Kind { get; init; }
    public FigureQualifier? Qualifier { get; init; }

    /// <summary>Inclusive bounds on <see cref="CasualtyReport.PeriodEnd"/>.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    public CasualtySort Sort { get; init; } = CasualtySort.Period;
    public bool Descending { get; init; } = true;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
}

public enum CasualtySort
{
    Period,
    Side,
    Reporter,
    Category,
    Kind,
    Figure,
}

/// <summary>One grid row: only what the grid shows.</summary>
public sealed record CasualtyReportRow(
    int Id, int AffectedSideId, string AffectedSide, SideKind SideKind, int ReportingPartyId, string Reporter,
    CasualtyCategory Category, CasualtyKind Kind, int? BestEstimate, int? Low, int? High, FigureQualifier Qualifier,
    FigureBasis Basis, int? IncludedInReportId, DateOnly? PeriodStart, DateOnly PeriodEnd, int SourceId, string Quote,
    int QuoteStart)
{
    public string Figure => FigureText.Describe(BestEstimate, Low, High, Qualifier);

    public string Period => PeriodStart is { } start
        ? $"{SourcedTime.Format(start)} – {SourcedTime.Format(PeriodEnd)}"
        : $"up to {SourcedTime.Format(PeriodEnd)}";
}

public sealed record CasualtyPage(IReadOnlyList<CasualtyReportRow> Rows, int TotalCount);

public sealed record FilterOption(int Id, string Name);

public sealed record CasualtyFilterOptions(IReadOnlyList<FilterOption> Sides, IReadOnlyList<FilterOption> Reporters);

/// <summary>
/// The reads behind the casualty grid and the overview. Every query filters and pages in SQL and projects to rows;
/// the ordering always ends on Id so pages are stable (and keyset paging can be added on the same indexes).
/// </summary>
public sealed class CasualtyReportQuery(IDbContextFactory<TrackerDbContext> dbFactory)
{
    public async Task<CasualtyPage> GetPageAsync(CasualtyFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Apply(db.CasualtyReports.AsNoTracking(), filter);
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, CasualtyFilter.MaxPageSize);
        var rows = await Project(Order(query, filter.Sort, filter.Descending))
            // long: a page number from the address times the size can overflow an int.
            .Skip((int)Math.Min(int.MaxValue, (Math.Max(filter.Page, 1) - 1L) * size))
            .Take(size)
            .ToListAsync(ct);
        return new CasualtyPage(rows, total);
    }

    /// <summary>
    /// For each (affected side, category, kind, reporter) in the filtered set, that reporter's latest cumulative
    /// claim. Bounded by the number of sides, categories, kinds and reporters, not by the number of reports.
    /// </summary>
    public async Task<IReadOnlyList<CasualtyReportRow>> GetLatestClaimsAsync(CasualtyFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cumulative = Apply(db.CasualtyReports.AsNoTracking(), filter).Where(r => r.Basis == FigureBasis.Cumulative);
        // One pass with ROW_NUMBER() per group in SQL, rather than a correlated NOT EXISTS probe for every row.
        var latestIds = cumulative
            .GroupBy(r => new { r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind })
            .Select(g => g.OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id).Select(r => r.Id).First());
        var latest = db.CasualtyReports.AsNoTracking().Where(r => latestIds.Contains(r.Id));
        return await Project(latest.OrderBy(r => r.AffectedSideId).ThenBy(r => r.Category).ThenBy(r => r.Kind).ThenBy(r => r.ReportingPartyId))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Each reporter's largest numbered cumulative killed figure per side, category and period end: the points
    /// of the overview's toll-over-time chart, grouped in SQL.
    /// </summary>
    public async Task<IReadOnlyList<TollPoint>> GetKilledTollPointsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CasualtyReports.AsNoTracking()
            .Where(r => r.Basis == FigureBasis.Cumulative && r.Kind == CasualtyKind.Killed && r.BestEstimate != null
                        && r.AffectedSide!.Kind == SideKind.Single)
            .GroupBy(r => new { Side = r.AffectedSide!.Name, Reporter = r.ReportingParty!.Name, r.Category, r.PeriodEnd })
            .Select(g => new TollPoint(g.Key.Side, g.Key.Reporter, g.Key.Category, g.Key.PeriodEnd, g.Max(r => r.BestEstimate!.Value)))
            .ToListAsync(ct);
    }

    /// <summary>The sides and reporters that casualty reports refer to, for the filter lists.</summary>
    public async Task<CasualtyFilterOptions> GetFilterOptionsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sides = await db.Sides.AsNoTracking().OrderBy(s => s.Kind == SideKind.Combined).ThenBy(s => s.Name)
            .Select(s => new FilterOption(s.Id, s.Name)).ToListAsync(ct);
        var reporters = await db.Parties.AsNoTracking()
            .Where(p => db.CasualtyReports.Any(r => r.ReportingPartyId == p.Id))
            .OrderBy(p => p.Name).Select(p => new FilterOption(p.Id, p.Name)).ToListAsync(ct);
        return new CasualtyFilterOptions(sides, reporters);
    }

    public static IQueryable<CasualtyReport> Apply(IQueryable<CasualtyReport> query, CasualtyFilter filter)
    {
        if (filter.ConflictId is { } conflict) query = query.Where(r => r.ConflictId == conflict);
        if (filter.SideId is { } side) query = query.Where(r => r.AffectedSideId == side);
        if (filter.ReporterId is { } reporter) query = query.Where(r => r.ReportingPartyId == reporter);
        if (filter.Category is { } category) query = query.Where(r => r.Category == category);
        if (filter.Kind is { } kind) query = query.Where(r => r.Kind == kind);
        if (filter.Qualifier is { } qualifier) query = query.Where(r => r.Qualifier == qualifier);
        if (filter.From is { } from) query = query.Where(r => r.PeriodEnd >= from);
        if (filter.To is { } to) query = query.Where(r => r.PeriodEnd <= to);
        return query;
    }

    private static IQueryable<CasualtyReport> Order(IQueryable<CasualtyReport> query, CasualtySort sort, bool descending)
    {
        // Enums are stored as strings, so sorting by them sorts by name, which is what a reader expects anyway.
        var ordered = (sort, descending) switch
        {
            (CasualtySort.Side, false) => query.OrderBy(r => r.AffectedSide!.Name),
            (CasualtySort.Side, true) => query.OrderByDescending(r => r.AffectedSide!.Name),
            (CasualtySort.Reporter, false) => query.OrderBy(r => r.ReportingParty!.Name),
            (CasualtySort.Reporter, true) => query.OrderByDescending(r => r.ReportingParty!.Name),
            (CasualtySort.Category, false) => query.OrderBy(r => r.Category),
            (CasualtySort.Category, true) => query.OrderByDescending(r => r.Category),
            (CasualtySort.Kind, false) => query.OrderBy(r => r.Kind),
            (CasualtySort.Kind, true) => query.OrderByDescending(r => r.Kind),
            (CasualtySort.Figure, false) => query.OrderBy(r => r.BestEstimate),
            (CasualtySort.Figure, true) => query.OrderByDescending(r => r.BestEstimate),
            (_, false) => query.OrderBy(r => r.PeriodEnd),
            (_, true) => query.OrderByDescending(r => r.PeriodEnd),
        };
        if (sort != CasualtySort.Period)
            ordered = descending ? ordered.ThenByDescending(r => r.PeriodEnd) : ordered.ThenBy(r => r.PeriodEnd);
        return descending ? ordered.ThenByDescending(r => r.Id) : ordered.ThenBy(r => r.Id);
    }

    private static IQueryable<CasualtyReportRow> Project(IQueryable<CasualtyReport> query) =>
        query.Select(r => new CasualtyReportRow(
            r.Id, r.AffectedSideId, r.AffectedSide!.Name, r.AffectedSide.Kind, r.ReportingPartyId, r.ReportingParty!.Name,
            r.Category, r.Kind, r.BestEstimate, r.Low, r.High, r.Qualifier, r.Basis, r.IncludedInReportId,
            r.PeriodStart, r.PeriodEnd, r.SourceId, r.Quote, r.QuoteStart));
}

public sealed record TollPoint(string Side, string Reporter, CasualtyCategory Category, DateOnly PeriodEnd, int Figure);

public static class CasualtiesExtensions
{
    public static IServiceCollection AddCasualtyQueries(this IServiceCollection services) =>
        services.AddSingleton<CasualtyReportQuery>();
}
