using System.Globalization;
using CeasefireTracker.Features.Casualties;
using MudBlazor;

namespace CeasefireTracker.Features.Overview;

/// <summary>A chart's labels and series, built from already aggregated figures.</summary>
public sealed record ChartModel(string[] Labels, List<ChartSeries<double>> Series)
{
    public bool IsEmpty => Labels.Length == 0 || Series.Count == 0;
}

/// <summary>
/// Shapes the overview's charts. Nothing here adds two reporters' claims, and nothing adds an increment: the bar
/// chart shows each reporter's latest cumulative claim as its own bar, and the toll over time adds, within one
/// reporter and one side, only the latest civilian and military cumulative figures known on each date.
/// </summary>
public static class OverviewCharts
{
    /// <summary>One bar group per side and reporter, one series per category and kind; only numbered figures.</summary>
    public static ChartModel FiguresBySideAndCategory(IEnumerable<CasualtyReportRow> latestClaims)
    {
        var numbered = latestClaims.Where(c => c.BestEstimate is not null && c.Basis == FigureBasis.Cumulative).ToList();
        // A reporter's competing claims for one period each get a bar group of their own, named as competing.
        var ranked = numbered.GroupBy(c => (c.AffectedSide, c.Reporter, c.Category, c.Kind))
            .SelectMany(g => g.OrderBy(c => c.Id).Select((c, rank) => (Claim: c, Rank: rank))).ToList();
        var groups = ranked.Select(r => (r.Claim.AffectedSide, r.Claim.Reporter, r.Rank)).Distinct()
            .OrderBy(g => g.AffectedSide).ThenBy(g => g.Reporter).ThenBy(g => g.Rank).ToList();
        // Looked up, not searched: a conflict of years has hundreds of groups and claims (a search per bar took most of
        // the overview's render at 10M reports).
        var figures = ranked.ToDictionary(r => (r.Claim.AffectedSide, r.Claim.Reporter, r.Rank, r.Claim.Category, r.Claim.Kind),
            r => r.Claim.BestEstimate);
        var series = numbered.Select(c => (c.Category, c.Kind)).Distinct().OrderBy(s => s.Category).ThenBy(s => s.Kind)
            .Select(s => new ChartSeries<double>
            {
                Name = $"{s.Category} {s.Kind.ToString().ToLowerInvariant()}",
                Data = new ChartData<double>(groups.Select(g =>
                    figures.TryGetValue((g.AffectedSide, g.Reporter, g.Rank, s.Category, s.Kind), out var figure) ? (double?)figure : null).ToList()),
            }).ToList();
        return new ChartModel(groups.Select(g => g.Rank == 0
            ? $"{g.AffectedSide} (per {g.Reporter})"
            : $"{g.AffectedSide} (per {g.Reporter}, competing claim {g.Rank + 1})").ToArray(), series);
    }

    /// <summary>One line per reporter and side: the killed toll it claims on each date (or month, or year) a figure was reported.</summary>
    public static ChartModel KilledTollOverTime(IEnumerable<TollPoint> points, TollInterval interval = TollInterval.Day)
    {
        var all = points.ToList();
        var dates = all.Select(p => p.PeriodEnd).Distinct().Order().ToList();
        var series = all.GroupBy(p => (p.Side, p.Reporter)).OrderBy(g => g.Key.Side).ThenBy(g => g.Key.Reporter)
            .Select(line =>
            {
                // "Unknown category" may overlap civilian and military, so it counts only where a reporter gives nothing else.
                var categories = line.Any(p => p.Category != CasualtyCategory.Unknown)
                    ? line.Where(p => p.Category != CasualtyCategory.Unknown).ToList()
                    : line.ToList();
                var values = dates.Select(date =>
                {
                    var known = categories.Where(p => p.PeriodEnd <= date).GroupBy(p => p.Category)
                        .Select(g => (long)g.MaxBy(p => p.PeriodEnd)!.Figure).ToList();
                    return known.Count == 0 ? (double?)null : known.Sum();
                }).ToList();
                return new ChartSeries<double> { Name = $"{line.Key.Side} per {line.Key.Reporter}", Data = new ChartData<double>(values) };
            }).ToList();
        return new ChartModel(dates.Select(date => interval switch
        {
            TollInterval.Month => date.ToString("MMM yyyy", CultureInfo.InvariantCulture),
            TollInterval.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => SourcedTime.Format(date),
        }).ToArray(), series);
    }
}
