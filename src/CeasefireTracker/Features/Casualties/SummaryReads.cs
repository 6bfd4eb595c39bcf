using CeasefireTracker.Data;
using CeasefireTracker.Data.Summaries;

namespace CeasefireTracker.Features.Casualties;

/// <summary>
/// Reader figures from the summary tables: bounded by the number of groups (sides × reporters × categories × kinds),
/// never by the number of reports. Each gives exactly what the from-scratch read in <see cref="CasualtyReportQuery"/>
/// gives (SummaryTests compares them after random edits).
/// </summary>
public static class SummaryReads
{
    /// <summary>
    /// The latest claims of <paramref name="filter"/> with competing ones (claims of the same group and day). Without a
    /// qualifier or date range they are the summary's own rows; with one, which claim is latest depends on it, so the
    /// summary gives the groups and each group's latest matching day is sought in the group's index
    /// (IX_CasualtyReports_SummaryGroup): one seek per group, never a read of every matching report (at 1M reports
    /// that read took seconds for <c>?to=</c> a late date).
    /// </summary>
    public static async Task<IReadOnlyList<CasualtyReportRow>> LatestClaimsAsync(TrackerDbContext db, CasualtyFilter filter, CancellationToken ct)
    {
        var summary = db.LatestClaimSummaries.AsNoTracking().WhereGroup(filter);
        var claims = filter is { Qualifier: null, From: null, To: null }
            ? await summary.Select(s => new Claim(s.ReportId, s.AffectedSideId, s.ReportingPartyId, s.Category, s.Kind, s.PeriodEnd)).ToListAsync(ct)
            : await SoughtAsync(db, summary, filter, ct);
        // Groups are kept per conflict; across conflicts (no conflict asked for) a side's latest day is the latest of them.
        var ids = claims.GroupBy(c => (c.AffectedSideId, c.ReportingPartyId, c.Category, c.Kind))
            .SelectMany(g =>
            {
                var latest = g.Max(c => c.PeriodEnd);
                return g.Where(c => c.PeriodEnd == latest).Select(c => c.ReportId);
            }).ToList();
        // One array parameter (json_each on SQLite, ANY on PostgreSQL), not one parameter per id: at 10M reports the
        // statement with ~1,900 parameters took 43 ms, mostly preparing it, on every first reader.
        var rows = await CasualtyReportQuery.Project(db.CasualtyReports.AsNoTracking().Where(r => EF.Parameter(ids).Contains(r.Id))).ToListAsync(ct);
        return CasualtyReportQuery.InClaimOrder(rows);
    }

    public sealed record Claim(int ReportId, int AffectedSideId, int ReportingPartyId, CasualtyCategory Category, CasualtyKind Kind, DateOnly PeriodEnd,
        FigureQualifier? Qualifier = null);

    private static async Task<List<Claim>> SoughtAsync(TrackerDbContext db, IQueryable<LatestClaimSummary> summary, CasualtyFilter filter, CancellationToken ct) =>
        (await Sought(db, summary, filter).ToListAsync(ct)).Where(c => filter.Qualifier is null || c.Qualifier == filter.Qualifier).ToList();

    /// <summary>
    /// Each summary group's cumulative reports on the group's latest matching day (any qualifier: the caller keeps the
    /// filter's). The reports of that day are joined by the group's keys and the day alone, so that SQLite's planner
    /// starts from the groups and seeks each day in the group's index; with the qualifier or date range on them too
    /// it started from the qualifier's index and read most reports (2 s at 1M for "exact").
    /// </summary>
    public static IQueryable<Claim> Sought(TrackerDbContext db, IQueryable<LatestClaimSummary> summary, CasualtyFilter filter)
    {
        var matching = CasualtyReportQuery.Apply(db.CasualtyReports.AsNoTracking(), filter).Where(r => r.Basis == FigureBasis.Cumulative);
        var onTheDay = CasualtyReportQuery.Apply(db.CasualtyReports.AsNoTracking(), filter with { Qualifier = null, From = null, To = null })
            .Where(r => r.Basis == FigureBasis.Cumulative);
        var groups = summary.Select(s => new { s.ConflictId, s.AffectedSideId, s.ReportingPartyId, s.Category, s.Kind }).Distinct();
        return
            from g in groups
            join r in onTheDay
                on new { g.ConflictId, g.AffectedSideId, g.ReportingPartyId, g.Category, g.Kind }
                equals new { r.ConflictId, r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind }
            where r.PeriodEnd == matching
                .Where(m => m.ConflictId == g.ConflictId && m.AffectedSideId == g.AffectedSideId && m.ReportingPartyId == g.ReportingPartyId
                            && m.Category == g.Category && m.Kind == g.Kind)
                .Max(m => (DateOnly?)m.PeriodEnd)
            select new Claim(r.Id, r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind, r.PeriodEnd, r.Qualifier);
    }

    /// <summary>The toll points of one conflict (or all) at <paramref name="interval"/>, single sides only, by side and reporter name.</summary>
    public static async Task<IReadOnlyList<TollPoint>> KilledTollAsync(TrackerDbContext db, int? conflictId, TollInterval interval, CancellationToken ct)
    {
        var summary = db.KilledTollSummaries.AsNoTracking().Where(t => t.Interval == interval);
        if (conflictId is { } conflict) summary = summary.Where(t => t.ConflictId == conflict);
        // Joined to live sides and parties, as the read from the records joins them.
        return await (
                from t in summary
                join s in db.Sides on t.AffectedSideId equals s.Id
                join p in db.Parties on t.ReportingPartyId equals p.Id
                where s.Kind == SideKind.Single
                group t by new { Side = s.Name, Reporter = p.Name, t.Category, t.Bucket } into g
                select new TollPoint(g.Key.Side, g.Key.Reporter, g.Key.Category, g.Key.Bucket, g.Max(t => t.Figure)))
            .ToListAsync(ct);
    }

    /// <summary>The live count of one record type (its type name, as the summary keys it).</summary>
    public static async Task<int> CountOfAsync(TrackerDbContext db, string recordType, CancellationToken ct) =>
        await db.RecordCountSummaries.AsNoTracking().Where(c => c.RecordType == recordType).Select(c => c.Count).SingleAsync(ct);

    /// <summary>
    /// How many live reports a filter matches, from the counts kept on every save: per conflict and day for a filter of
    /// conflict and dates only; otherwise per (conflict, side, reporter, category, kind, qualifier) and month, with the
    /// days of a month the date range covers only in part counted by <paramref name="countReports"/> (at most two such
    /// stretches, each within a month).
    /// </summary>
    public static async Task<int> KeptCountAsync(TrackerDbContext db, CasualtyFilter filter, Func<CasualtyFilter, Task<int>> countReports,
        CancellationToken ct)
    {
        if (filter is { SideId: null, ReporterId: null, Category: null, Kind: null, Qualifier: null })
        {
            var days = db.CasualtyDayCounts.AsNoTracking();
            if (filter.ConflictId is { } conflict) days = days.Where(d => d.ConflictId == conflict);
            if (filter.From is { } from) days = days.Where(d => d.PeriodEnd >= from);
            if (filter.To is { } to) days = days.Where(d => d.PeriodEnd <= to);
            return await days.SumAsync(d => d.Count, ct);
        }

        var low = filter.From ?? DateOnly.MinValue;
        var high = filter.To ?? DateOnly.MaxValue;
        // Whole months: from the first month that starts on or after low, to the last that ends on or before high.
        var firstWhole = low.Day == 1 ? low : new DateOnly(low.Year, low.Month, 1).AddMonths(1);
        var lastWholeEnd = high == DateOnly.MaxValue || high.AddDays(1).Day == 1 ? high : new DateOnly(high.Year, high.Month, 1).AddDays(-1);
        if (firstWhole > lastWholeEnd) return await countReports(filter with { From = low, To = high });

        var groups = db.CasualtyGroupCounts.AsNoTracking().WhereGroup(filter);
        if (filter.Qualifier is { } qualifier) groups = groups.Where(g => g.Qualifier == qualifier);
        if (firstWhole > DateOnly.MinValue) groups = groups.Where(g => g.Month >= firstWhole);
        if (lastWholeEnd < DateOnly.MaxValue) groups = groups.Where(g => g.Month <= lastWholeEnd);
        var count = await groups.SumAsync(g => g.Count, ct);
        if (low < firstWhole) count += await countReports(filter with { From = low, To = firstWhole.AddDays(-1) });
        if (high > lastWholeEnd) count += await countReports(filter with { From = lastWholeEnd.AddDays(1), To = high });
        return count;
    }

    /// <summary>The live count of each record type.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountsAsync(TrackerDbContext db, CancellationToken ct) =>
        await db.RecordCountSummaries.AsNoTracking().ToDictionaryAsync(c => c.RecordType, c => c.Count, ct);
}
