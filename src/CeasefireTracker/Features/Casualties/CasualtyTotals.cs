using System.Globalization;

namespace CeasefireTracker.Features.Casualties;

/// <summary>One reporter's total of one kind (killed, wounded, ...) for one side, with how it was formed.</summary>
public sealed record CasualtyTotal(
    string Side, string Reporter, CasualtyKind Kind, long Total, bool Approximate, string Explanation)
{
    public string Figure => (Approximate ? "about " : "") + Total.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>
/// The only way this app adds casualty figures. A total belongs to one reporter and one side: claims of different
/// reporters are never added together, and a combined-sides figure is its own side, never added to a single one.
/// Only each category's latest cumulative figure counts, so an increment (which the cumulative figure contains,
/// or may contain) is never added to it. Only civilian and military figures are added: an "unknown category" figure
/// may overlap them. Figures without a number ("many", "not disclosed") cannot be added and are named instead.
/// </summary>
public static class CasualtyTotals
{
    private static readonly CasualtyCategory[] Added = [CasualtyCategory.Civilian, CasualtyCategory.Military];

    public static IReadOnlyList<CasualtyTotal> Compute(IEnumerable<CasualtyReportRow> reports)
    {
        // Each category's latest claims: one, or several competing for the same period (then none of them is added).
        var latest = reports
            .Where(r => r.Basis == FigureBasis.Cumulative)
            .GroupBy(r => (r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind))
            .Select(g =>
            {
                var end = g.Max(r => r.PeriodEnd);
                return g.Where(r => r.PeriodEnd == end).OrderBy(r => r.Id).ToList();
            });

        var totals = new List<CasualtyTotal>();
        foreach (var claims in latest.GroupBy(c => (c[0].AffectedSideId, c[0].ReportingPartyId, c[0].Kind)).OrderBy(g => g.First()[0].AffectedSide))
        {
            var group = claims.SelectMany(c => c).ToList();
            var competing = claims.Where(c => c.Count > 1).ToList();
            var parts = claims.Where(c => c.Count == 1).Select(c => c[0]).Where(r => Added.Contains(r.Category)).OrderBy(r => r.Category).ToList();
            var numbered = parts.Where(r => r.BestEstimate is not null).ToList();
            // A single figure is already shown as it is; a total is only worth stating when it adds two or more.
            if (numbered.Count < 2) continue;

            var first = group.First();
            // long: figures from different records may each be as large as a column holds.
            var sum = numbered.Sum(r => (long)r.BestEstimate!.Value);
            var approximate = numbered.Any(r => r.Qualifier != FigureQualifier.Exact);
            var added = string.Join(" + ", numbered.Select(r => $"{r.Category.Display().ToLowerInvariant()} {r.Figure} (up to {SourcedTime.Format(r.PeriodEnd)})"));
            var left = group.Except(numbered).Except(competing.SelectMany(c => c))
                .Select(r => $"{r.Category.ToString().ToLowerInvariant()} \"{r.Figure}\"")
                .Concat(competing.Select(c => $"{c[0].Category.ToString().ToLowerInvariant()}, competing claims for the same period ({string.Join(", ", c.Select(r => $"\"{r.Figure}\""))})"))
                .ToList();
            var explanation = $"{first.Reporter}'s latest cumulative {first.Kind.ToString().ToLowerInvariant()} figures for {first.AffectedSide}: {added}."
                              + " Increments are not added, since the cumulative figures include them; no other reporter's claims are added."
                              + (left.Count > 0 ? $" Not added: {string.Join(", ", left)}." : "");
            totals.Add(new CasualtyTotal(first.AffectedSide, first.Reporter, first.Kind, sum, approximate, explanation));
        }

        return totals;
    }
}
