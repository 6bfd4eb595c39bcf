using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Editing;

// What a save that succeeded still asks the analyst to check.
public sealed partial class RecordEditor
{
    /// <summary>
    /// A second claim by the same reporter for the same side, category, kind, basis and period end competes with the
    /// first: both are kept and shown side by side, and the analyst is told which records compete.
    /// </summary>
    private static async Task<IReadOnlyList<string>> WarningsAsync(TrackerDbContext db, Entity record, CancellationToken ct)
    {
        if (record is not CasualtyReport { IsDeleted: false } report) return [];
        var rivals = await db.CasualtyReports.AsNoTracking()
            .Where(r => r.Id != report.Id && r.ConflictId == report.ConflictId && r.ReportingPartyId == report.ReportingPartyId
                        && r.AffectedSideId == report.AffectedSideId && r.Category == report.Category && r.Kind == report.Kind
                        && r.Basis == report.Basis && r.PeriodEnd == report.PeriodEnd)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.BestEstimate, r.Low, r.High, r.Qualifier })
            .ToListAsync(ct);
        return rivals.ConvertAll(r =>
            $"Casualty report #{r.Id} ({FigureText.Describe(r.BestEstimate, r.Low, r.High, r.Qualifier)}) is another claim by the same reporter " +
            $"for the same side, category, kind and period. Both are kept and shown side by side as competing claims; " +
            "if they are the same claim, correct or delete one.");
    }
}
