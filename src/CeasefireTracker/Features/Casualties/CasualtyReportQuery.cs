using System.Linq.Expressions;
using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Export;
using CeasefireTracker.Data.Caching;

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
    int QuoteStart, int ConflictId, string Conflict)
{
    public string Figure => FigureText.Describe(BestEstimate, Low, High, Qualifier);

    /// <summary>The data set row the report rests on (then <see cref="Quote"/> may be empty).</summary>
    public DataSetCitation? DataSetRow { get; init; }

    /// <summary>Why the analyst keeps a figure its quote does not state; null when the quote states it.</summary>
    public string? FigureNotInQuoteReason { get; init; }

    /// <summary>Same reporter, side, category, kind and period end: two such claims compete and are shown together.</summary>
    public (int, int, CasualtyCategory, CasualtyKind, DateOnly) ClaimKey => (AffectedSideId, ReportingPartyId, Category, Kind, PeriodEnd);

    /// <summary>"Figure not stated in the quote: ...", shown wherever the figure is.</summary>
    public string? FigureNote => FigureNotInQuoteReason is null ? null : $"{QuoteFigures.FlagLabel}: {FigureNotInQuoteReason}";

    public string Period => PeriodStart is { } start
        ? $"{SourcedTime.Format(start)} – {SourcedTime.Format(PeriodEnd)}"
        : $"up to {SourcedTime.Format(PeriodEnd)}";
}

public sealed record CasualtyPage(IReadOnlyList<CasualtyReportRow> Rows, int TotalCount);


public sealed record CasualtyFilterOptions(IReadOnlyList<Choice> Sides, IReadOnlyList<Choice> Reporters);

/// <summary>
/// The reads behind the casualty grid and the overview. Every query filters and pages in SQL and projects to rows;
/// the ordering always ends on Id so pages are stable and can be found by key. Whole-set reads (totals, latest
/// claims, chart points, filter lists) go through <see cref="StoreReadCache"/>: at a million reports they are scans,
/// and a page render must not wait on one that an earlier render already did.
/// </summary>
public sealed class CasualtyReportQuery(IDbContextFactory<TrackerDbContext> dbFactory, StoreReadCache cache)
{
    /// <summary>Rows between two remembered page keys: a deep page skips fewer index entries than this.</summary>
    public int AnchorSpacing { get; init; } = 1000;

    public CasualtyReportQuery(IDbContextFactory<TrackerDbContext> dbFactory) : this(dbFactory, new StoreReadCache()) { }

    /// <summary>What every cached read here reads: an edit of a statement or an event leaves these entries be.</summary>
    internal static readonly Type[] ReadsFrom = [typeof(CasualtyReport), typeof(Side), typeof(Party), typeof(Conflict)];

    public async Task<CasualtyPage> GetPageAsync(CasualtyFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var total = await CountAsync(filter, ct);
        var size = Math.Clamp(filter.PageSize, 1, CasualtyFilter.MaxPageSize);
        // long: a page number from the address times the size can overflow an int.
        var start = Math.Min(int.MaxValue, (Math.Max(filter.Page, 1) - 1L) * size);
        if (start >= total) return new CasualtyPage([], total);

        // A deferred join: the page's ids come from the (filter, PeriodEnd, Id, IsDeleted) index alone, and only those
        // are joined to their rows, sides and reporters. In one statement where one read finds the ids (a round trip and
        // a plan fewer: on PostgreSQL those were most of a page's time); a page across segments joins the ids it found.
        var reports = db.CasualtyReports.AsNoTracking();
        if (filter.Sort is CasualtySort.Side or CasualtySort.Reporter or CasualtySort.Category or CasualtySort.Kind)
        {
            var found = await SegmentedPageIdsAsync(db, filter, (int)start, size, ct);
            reports = reports.Where(r => found.Contains(r.Id));
        }
        else
        {
            var ids = await PageIdsAsync(db, filter, (int)start, size, total, ct);
            reports = reports.Where(r => ids.Contains(r.Id));
        }

        return new CasualtyPage(await Project(Order(reports, filter.Sort, filter.Descending)).ToListAsync(ct), total);
    }

    /// <summary>
    /// The ids of rows [start, start + size) in the grid's order. The page is read from whichever end of the filtered
    /// set is nearer, so the last page costs what the first does; in the period order a page deeper than
    /// <see cref="AnchorSpacing"/> rows from both ends starts from the nearest remembered page key (keyset), so no page
    /// skips more than that many index entries. Other orders skip from the nearer end. A query, not yet run: the page
    /// keys it starts from are read (once) before it is returned.
    /// </summary>
    private async Task<IQueryable<int>> PageIdsAsync(TrackerDbContext db, CasualtyFilter filter, int start, int size, int total, CancellationToken ct)
    {
        var fromEnd = total - (start + size);
        var reversed = fromEnd < start;
        var descending = reversed ? !filter.Descending : filter.Descending;
        var skip = reversed ? Math.Max(fromEnd, 0) : start;
        var take = reversed ? Math.Min(size, total - start) : size;

        var query = Apply(db.CasualtyReports.AsNoTracking(), filter);
        if (filter.Sort == CasualtySort.Period && skip >= AnchorSpacing)
        {
            var anchors = await cache.GetAsync(("anchors", Key(filter), descending, AnchorSpacing), ReadsFrom, _ => Task.FromResult(new PageAnchors(AnchorSpacing)), ct);
            var (anchor, anchorRow) = await anchors.FindAsync(skip, next => NextAnchorAsync(db, filter, descending, next, AnchorSpacing, ct), ct);
            if (anchor is { } key)
            {
                query = OnOrAfter(db, query, key, descending);
                skip -= anchorRow;
            }
        }

        return Slice(Order(query, filter.Sort, descending), skip, take).Select(r => r.Id);
    }

    /// <summary>
    /// Skip and Take with the counts as parameters. In a subquery EF writes counts given as values into the SQL, so each
    /// page would be a statement of its own (compiled again by EF, planned again by the store).
    /// </summary>
    private static IQueryable<T> Slice<T>(IQueryable<T> query, int skip, int take)
    {
        var counts = Expression.Constant(new SliceCounts(skip, take));
        var skipped = Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(T)], query.Expression,
            Expression.Property(counts, nameof(SliceCounts.Skip)));
        return query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], skipped,
            Expression.Property(counts, nameof(SliceCounts.Take))));
    }

    private sealed record SliceCounts(int Skip, int Take);

    /// <summary>
    /// A page in an order by side, reporter, category or kind: that order is the filtered set cut into one segment per
    /// value (in name order), each in the period order. A page is read segment by segment, each by the period order's
    /// index of that value (side, reporter, category, kind all have one) and its page keys; nothing sorts all rows.
    /// </summary>
    private async Task<List<int>> SegmentedPageIdsAsync(TrackerDbContext db, CasualtyFilter filter, int start, int size, CancellationToken ct)
    {
        var ids = new List<int>(size);
        var offset = 0;
        foreach (var (segment, count) in await SegmentsAsync(filter, ct))
        {
            var from = Math.Max(start, offset);
            var to = Math.Min(start + size, offset + count);
            if (from < to)
                ids.AddRange(await (await PageIdsAsync(db, segment, from - offset, to - from, count, ct)).ToListAsync(ct));
            offset += count;
            if (offset >= start + size) break;
        }

        return ids;
    }

    /// <summary>The filter narrowed to each value of the sort column, in the grid's order, with its number of rows.</summary>
    private Task<IReadOnlyList<(CasualtyFilter Segment, int Count)>> SegmentsAsync(CasualtyFilter filter, CancellationToken ct) =>
        cache.GetAsync<IReadOnlyList<(CasualtyFilter, int)>>(("segments", Key(filter), filter.Sort, filter.Descending), ReadsFrom, async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            var rows = Apply(db.CasualtyReports.AsNoTracking(), filter);
            var within = filter with { Sort = CasualtySort.Period };
            // (name, id) as SQLite orders text (ordinal), then the id: the same order as Order() gives.
            List<(string Name, int Id, CasualtyFilter Segment, int Count)> segments;
            switch (filter.Sort)
            {
                case CasualtySort.Side:
                    segments = await NamedSegmentsAsync(rows, r => r.AffectedSideId,
                        db.Sides.IgnoreQueryFilters().Select(x => new Choice(x.Id, x.Name)), id => within with { SideId = id }, token);
                    break;
                case CasualtySort.Reporter:
                    segments = await NamedSegmentsAsync(rows, r => r.ReportingPartyId,
                        db.Parties.IgnoreQueryFilters().Select(x => new Choice(x.Id, x.Name)), id => within with { ReporterId = id }, token);
                    break;
                case CasualtySort.Category:
                    segments = (await rows.GroupBy(r => r.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(token))
                        .Select(c => (c.Key.ToString(), (int)c.Key, within with { Category = c.Key }, c.Count)).ToList();
                    break;
                default:
                    segments = (await rows.GroupBy(r => r.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(token))
                        .Select(c => (c.Key.ToString(), (int)c.Key, within with { Kind = c.Key }, c.Count)).ToList();
                    break;
            }

            var ordered = segments.OrderBy(x => x.Name, StringComparer.Ordinal).ThenBy(x => x.Id);
            return (filter.Descending ? ordered.Reverse() : ordered).Select(x => (x.Segment, x.Count)).ToList();
        }, ct);

    private static async Task<List<(string Name, int Id, CasualtyFilter Segment, int Count)>> NamedSegmentsAsync(
        IQueryable<CasualtyReport> rows, Expression<Func<CasualtyReport, int>> key, IQueryable<Choice> named,
        Func<int, CasualtyFilter> narrow, CancellationToken ct)
    {
        var counts = await rows.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        // Sides and parties are tens or hundreds of rows: all their names in one read.
        var names = await named.ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return counts.Select(c => (names[c.Key], c.Key, narrow(c.Key), c.Count)).ToList();
    }

    /// <summary>The key of the row <paramref name="spacing"/> rows after <paramref name="from"/> (or the first row), read on the page's own context.</summary>
    private static async Task<PageKey?> NextAnchorAsync(TrackerDbContext db, CasualtyFilter filter, bool descending, PageKey? from, int spacing, CancellationToken ct)
    {
        var query = Apply(db.CasualtyReports.AsNoTracking(), filter);
        if (from is { } key) query = OnOrAfter(db, query, key, descending);
        var next = await Order(query, CasualtySort.Period, descending).Skip(from is null ? 0 : spacing)
            .Select(r => new { r.PeriodEnd, r.Id }).FirstOrDefaultAsync(ct);
        return next is null ? null : new PageKey(next.PeriodEnd, next.Id);
    }

    /// <summary>Rows at or after <paramref name="key"/> in the period order (newest first when descending).</summary>
    private static IQueryable<CasualtyReport> OnOrAfter(TrackerDbContext db, IQueryable<CasualtyReport> query, PageKey key, bool descending) =>
        Keyset.Where(db, query, r => r.PeriodEnd, descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual,
            key.PeriodEnd, key.Id);

    /// <summary>The filter without what does not change the set of rows (page, size, order).</summary>
    private static CasualtyFilter Key(CasualtyFilter filter) =>
        filter with { Page = 1, PageSize = 0, Sort = CasualtySort.Period, Descending = true };

    /// <summary>How many reports match the filter; counted once per filter while the store is unchanged.</summary>
    public Task<int> CountAsync(CasualtyFilter filter, CancellationToken ct = default) =>
        cache.GetAsync(("count", Key(filter)), ReadsFrom, async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            // Unfiltered, the count is the one kept on every save: counting 10M index entries took half a second. Other
            // filters add up the counts kept per group and month, or per day (SummaryReads.KeptCountAsync).
            return Key(filter) == Key(new CasualtyFilter())
                ? await SummaryReads.CountOfAsync(db, nameof(CasualtyReport), token)
                : await SummaryReads.KeptCountAsync(db, filter, part => Apply(db.CasualtyReports.AsNoTracking(), part).CountAsync(token), token);
        }, ct);

    /// <summary>
    /// For each (affected side, category, kind, reporter) in the filtered set, that reporter's latest cumulative
    /// claim, and every other claim of theirs for the same period: competing claims are shown side by side, never one
    /// chosen silently. Read through the summary table kept on every save (<see cref="SummaryReads.LatestClaimsAsync"/>):
    /// its rows when the filter is by conflict, side, reporter, category or kind only, its groups sought one by one in
    /// their index when a qualifier or date range changes which claim is latest.
    /// </summary>
    public Task<IReadOnlyList<CasualtyReportRow>> GetLatestClaimsAsync(CasualtyFilter filter, CancellationToken ct = default) =>
        cache.GetAsync<IReadOnlyList<CasualtyReportRow>>(("latest", Key(filter)), ReadsFrom, async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            return await SummaryReads.LatestClaimsAsync(db, filter, token);
        }, ct);

    /// <summary>
    /// The latest claims computed from the records alone (a read of every matching report): the reference the summary
    /// reads are checked against (SummaryTests), not read by the pages.
    /// </summary>
    public static async Task<IReadOnlyList<CasualtyReportRow>> LatestClaimsFromRecordsAsync(TrackerDbContext db, CasualtyFilter filter, CancellationToken ct)
    {
        var cumulative = Apply(db.CasualtyReports.AsNoTracking(), filter).Where(r => r.Basis == FigureBasis.Cumulative);
        // One pass with ROW_NUMBER() per group in SQL, rather than a correlated NOT EXISTS probe for every row.
        var latestIds = cumulative
            .GroupBy(r => new { r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind })
            .Select(g => g.OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id).Select(r => r.Id).First());
        var latest = await Project(db.CasualtyReports.AsNoTracking().Where(r => latestIds.Contains(r.Id))).ToListAsync(ct);
        // Claims of the same group and the same latest day: read by the PeriodEnd index, only those days' rows.
        var ends = latest.Select(r => r.PeriodEnd).Distinct().ToList();
        var ids = latest.Select(r => r.Id).ToList();
        var groups = latest.Select(r => (r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind, r.PeriodEnd)).ToHashSet();
        var competing = (await Project(cumulative.Where(r => ends.Contains(r.PeriodEnd) && !ids.Contains(r.Id))).ToListAsync(ct))
            .Where(r => groups.Contains((r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind, r.PeriodEnd)));
        return InClaimOrder(latest.Concat(competing));
    }

    internal static IReadOnlyList<CasualtyReportRow> InClaimOrder(IEnumerable<CasualtyReportRow> claims) =>
        claims.OrderBy(r => r.AffectedSideId).ThenBy(r => r.Category).ThenBy(r => r.Kind).ThenBy(r => r.ReportingPartyId).ThenBy(r => r.Id).ToList();

    /// <summary>
    /// The points of the overview's toll-over-time chart: each reporter's largest numbered cumulative killed figure
    /// per side, category and day, month or year (whichever keeps the chart to a readable number of points for the
    /// span the reports cover), read from the summary table kept on every save.
    /// </summary>
    public Task<TollSeries> GetKilledTollAsync(int? conflictId = null, CancellationToken ct = default) =>
        cache.GetAsync(("toll", conflictId), ReadsFrom, async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            var interval = await TollIntervalAsync(db, conflictId, token);
            return new TollSeries(interval, await SummaryReads.KilledTollAsync(db, conflictId, interval, token));
        }, ct);

    /// <summary>The span of the reports, read from the two ends of the (ConflictId,) PeriodEnd index.</summary>
    private static async Task<TollInterval> TollIntervalAsync(TrackerDbContext db, int? conflictId, CancellationToken ct)
    {
        var reports = Apply(db.CasualtyReports.AsNoTracking(), new CasualtyFilter { ConflictId = conflictId });
        var first = await reports.OrderBy(r => r.PeriodEnd).Select(r => (DateOnly?)r.PeriodEnd).FirstOrDefaultAsync(ct);
        var last = await reports.OrderByDescending(r => r.PeriodEnd).Select(r => (DateOnly?)r.PeriodEnd).FirstOrDefaultAsync(ct);
        return TollSeries.IntervalFor(first, last);
    }

    /// <summary>
    /// The toll chart's points computed from the records, grouped in SQL (a read of every killed report); by the
    /// interval the reports' span calls for unless <paramref name="by"/> names one.
    /// </summary>
    public static async Task<TollSeries> KilledTollFromRecordsAsync(TrackerDbContext db, int? conflictId, TollInterval? by, CancellationToken ct)
    {
        var interval = by ?? await TollIntervalAsync(db, conflictId, ct);
        var killed = Apply(db.CasualtyReports.AsNoTracking(), new CasualtyFilter { ConflictId = conflictId })
            .Where(r => r.Basis == FigureBasis.Cumulative && r.Kind == CasualtyKind.Killed && r.BestEstimate != null
                        && r.AffectedSide!.Kind == SideKind.Single);
        var points = interval switch
        {
            TollInterval.Day => await killed
                .GroupBy(r => new { Side = r.AffectedSide!.Name, Reporter = r.ReportingParty!.Name, r.Category, r.PeriodEnd })
                .Select(g => new TollPoint(g.Key.Side, g.Key.Reporter, g.Key.Category, g.Key.PeriodEnd, g.Max(r => r.BestEstimate!.Value)))
                .ToListAsync(ct),
            TollInterval.Month => await killed
                .GroupBy(r => new { Side = r.AffectedSide!.Name, Reporter = r.ReportingParty!.Name, r.Category, r.PeriodEnd.Year, r.PeriodEnd.Month })
                .Select(g => new TollPoint(g.Key.Side, g.Key.Reporter, g.Key.Category, new DateOnly(g.Key.Year, g.Key.Month, 1), g.Max(r => r.BestEstimate!.Value)))
                .ToListAsync(ct),
            _ => await killed
                .GroupBy(r => new { Side = r.AffectedSide!.Name, Reporter = r.ReportingParty!.Name, r.Category, r.PeriodEnd.Year })
                .Select(g => new TollPoint(g.Key.Side, g.Key.Reporter, g.Key.Category, new DateOnly(g.Key.Year, 1, 1), g.Max(r => r.BestEstimate!.Value)))
                .ToListAsync(ct),
        };
        return new TollSeries(interval, points);
    }

    /// <summary>The sides and reporters that casualty reports refer to, for the filter lists.</summary>
    public Task<CasualtyFilterOptions> GetFilterOptionsAsync(CancellationToken ct = default) =>
        cache.GetAsync(("options", 0), ReadsFrom, async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            var sides = await db.Sides.AsNoTracking().OrderBy(s => s.Kind == SideKind.Combined).ThenBy(s => s.Name)
                .Select(s => new Choice(s.Id, s.Name)).ToListAsync(token);
            var reporters = await db.Parties.AsNoTracking()
                .Where(p => db.CasualtyReports.Any(r => r.ReportingPartyId == p.Id))
                .OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(token);
            return new CasualtyFilterOptions(sides, reporters);
        }, ct);

    public static IQueryable<CasualtyReport> Apply(IQueryable<CasualtyReport> query, CasualtyFilter filter)
    {
        query = query.WhereGroup(filter);
        if (filter.Qualifier is { } qualifier) query = query.Where(r => r.Qualifier == qualifier);
        if (filter.From is { } from) query = query.Where(r => r.PeriodEnd >= from);
        if (filter.To is { } to) query = query.Where(r => r.PeriodEnd <= to);
        return query;
    }

    /// <summary>The grid's order; public so an export of the filtered view lists its rows in the order the grid shows them.</summary>
    public static IQueryable<CasualtyReport> Order(IQueryable<CasualtyReport> query, CasualtySort sort, bool descending)
    {
        // Enums are stored as strings, so sorting by them sorts by name, which is what a reader expects anyway.
        var ordered = (sort, descending) switch
        {
            (CasualtySort.Side, false) => query.OrderBy(r => r.AffectedSide!.Name).ThenBy(r => r.AffectedSideId),
            (CasualtySort.Side, true) => query.OrderByDescending(r => r.AffectedSide!.Name).ThenByDescending(r => r.AffectedSideId),
            (CasualtySort.Reporter, false) => query.OrderBy(r => r.ReportingParty!.Name).ThenBy(r => r.ReportingPartyId),
            (CasualtySort.Reporter, true) => query.OrderByDescending(r => r.ReportingParty!.Name).ThenByDescending(r => r.ReportingPartyId),
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

    internal static IQueryable<CasualtyReportRow> Project(IQueryable<CasualtyReport> query) =>
        query.Select(r => new CasualtyReportRow(
            r.Id, r.AffectedSideId, r.AffectedSide!.Name, r.AffectedSide.Kind, r.ReportingPartyId, r.ReportingParty!.Name,
            r.Category, r.Kind, r.BestEstimate, r.Low, r.High, r.Qualifier, r.Basis, r.IncludedInReportId,
            r.PeriodStart, r.PeriodEnd, r.SourceId, r.Quote, r.QuoteStart, r.ConflictId, r.Conflict!.Name)
        {
            DataSetRow = r.DataSetRow == null ? null : new DataSetCitation(r.DataSetRow.DataSet, r.DataSetRow.DataSetVersion,
                r.DataSetRow.RowId, r.DataSetRow.SourceArticle, r.DataSetRow.SourceHeadline, r.DataSetRow.SourceOffice,
                r.DataSetRow.SourceDate, r.DataSetRow.SourceOriginal),
            FigureNotInQuoteReason = r.FigureNotInQuote ? r.FigureNotInQuoteReason : null,
        });
}

/// <summary>One point of the toll chart; <paramref name="PeriodEnd"/> is the first day of its month or year when
/// the chart is by month or year.</summary>
public sealed record TollPoint(string Side, string Reporter, CasualtyCategory Category, DateOnly PeriodEnd, int Figure);

public sealed record TollSeries(TollInterval Interval, IReadOnlyList<TollPoint> Points)
{
    /// <summary>Days up to about three months of reports, months up to eight years, years beyond.</summary>
    public static TollInterval IntervalFor(DateOnly? first, DateOnly? last) =>
        (first, last) is ({ } from, { } to) ? (to.DayNumber - from.DayNumber) switch
        {
            <= 92 => TollInterval.Day,
            <= 8 * 366 => TollInterval.Month,
            _ => TollInterval.Year,
        } : TollInterval.Day;
}

/// <summary>A position in the grid's period order: the key of one row.</summary>
public readonly record struct PageKey(DateOnly PeriodEnd, int Id);

/// <summary>
/// Keys of rows 0, <paramref name="spacing"/>, 2 × that, ... of one filter in one order, found as deeper pages are
/// asked for and kept (in <see cref="StoreReadCache"/>) while the store is unchanged.
/// </summary>
public sealed class PageAnchors(int spacing)
{
    private readonly List<PageKey> _keys = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _complete;

    /// <summary>The remembered key at or before row <paramref name="row"/> and that key's row; none when the set is empty.</summary>
    public async Task<(PageKey? Key, int Row)> FindAsync(int row, Func<PageKey?, Task<PageKey?>> next, CancellationToken ct)
    {
        var wanted = row / spacing;
        await _gate.WaitAsync(ct);
        try
        {
            while (_keys.Count <= wanted && !_complete)
            {
                if (await next(_keys.Count == 0 ? null : _keys[^1]) is { } key) _keys.Add(key);
                else _complete = true;
            }

            if (_keys.Count == 0) return (null, 0);
            var index = Math.Min(wanted, _keys.Count - 1);
            return (_keys[index], index * spacing);
        }
        finally
        {
            _gate.Release();
        }
    }
}

public static class CasualtiesExtensions
{
    public static IServiceCollection AddCasualtyQueries(this IServiceCollection services) =>
        services.AddSingleton<CasualtyReportQuery>().AddStoreReadCache()
            .AddListPage(CasualtyQueryString.Path, [.. CasualtyQueryString.Keys]).AddExportDataset<CasualtyExport>();
}
