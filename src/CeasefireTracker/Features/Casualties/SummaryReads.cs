using CeasefireTracker.Data;
using CeasefireTracker.Domain;
using CeasefireTracker.Data.Summaries;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Features.Casualties;

/// <summary>
/// Reader figures from the summary tables: bounded by the number of groups (sides × reporters × categories × kinds),
/// never by the number of reports. Each gives exactly what the from-scratch read in <see cref="CasualtyReportQuery"/>
/// gives (SummaryTests compares them after random edits).
/// </summary>
public static class SummaryReads
{
    /// <summary>Whether the latest claims of <paramref name="filter"/> are in the summary: the groups' own keys only.</summary>
    public static bool CanAnswer(CasualtyFilter filter) => filter is { Qualifier: null, From: null, To: null };

    public static async Task<IReadOnlyList<CasualtyReportRow>> LatestClaimsAsync(TrackerDbContext db, CasualtyFilter filter, CancellationToken ct)
    {
        var summary = db.LatestClaimSummaries.AsNoTracking();
        if (filter.ConflictId is { } conflict) summary = summary.Where(s => s.ConflictId == conflict);
        if (filter.SideId is { } side) summary = summary.Where(s => s.AffectedSideId == side);
        if (filter.ReporterId is { } reporter) summary = summary.Where(s => s.ReportingPartyId == reporter);
        if (filter.Category is { } category) summary = summary.Where(s => s.Category == category);
        if (filter.Kind is { } kind) summary = summary.Where(s => s.Kind == kind);
        var claims = await summary.ToListAsync(ct);
        // Groups are kept per conflict; across conflicts (no conflict asked for) a side's latest day is the latest of them.
        var ids = claims.GroupBy(c => (c.AffectedSideId, c.ReportingPartyId, c.Category, c.Kind))
            .SelectMany(g =>
            {
                var latest = g.Max(c => c.PeriodEnd);
                return g.Where(c => c.PeriodEnd == latest).Select(c => c.ReportId);
            }).ToList();
        var rows = await CasualtyReportQuery.Project(db.CasualtyReports.AsNoTracking().Where(r => ids.Contains(r.Id))).ToListAsync(ct);
        return CasualtyReportQuery.InClaimOrder(rows);
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

    /// <summary>The live count of each record type.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountsAsync(TrackerDbContext db, CancellationToken ct) =>
        await db.RecordCountSummaries.AsNoTracking().ToDictionaryAsync(c => c.RecordType, c => c.Count, ct);
}
