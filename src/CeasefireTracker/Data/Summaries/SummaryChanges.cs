using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CeasefireTracker.Data.Summaries;

public readonly record struct ClaimGroup(int ConflictId, int SideId, int ReporterId, CasualtyCategory Category, CasualtyKind Kind);

public readonly record struct TollGroup(int ConflictId, int SideId, int ReporterId, CasualtyCategory Category);

public readonly record struct CountGroup(int ConflictId, int SideId, int ReporterId, CasualtyCategory Category, CasualtyKind Kind, FigureQualifier Qualifier);

/// <summary>
/// What one save changes in the summaries: the live count of each record type, and the claim groups and toll points
/// a casualty report leaves (its stored values) or enters (its new values). Collected before the save, since the
/// save forgets the stored values; the new values are read after it, since a new record's keys (a new reporter's id)
/// are only known then. Only those groups are computed again, by indexed queries, in the save's transaction.
/// </summary>
public sealed class SummaryChanges
{
    /// <summary>Past this many toll points in one save (an import), whole (conflict, side, reporter, category) series are computed again.</summary>
    public const int MaxTollPoints = 200;

    private static readonly string[] SummarizedProperties =
    [
        nameof(CasualtyReport.ConflictId), nameof(CasualtyReport.AffectedSideId), nameof(CasualtyReport.ReportingPartyId),
        nameof(CasualtyReport.Category), nameof(CasualtyReport.Kind), nameof(CasualtyReport.Basis),
        nameof(CasualtyReport.BestEstimate), nameof(CasualtyReport.PeriodEnd), nameof(CasualtyReport.Qualifier), nameof(Entity.IsDeleted),
    ];

    private readonly Dictionary<string, int> _counts = [];
    private readonly HashSet<ClaimGroup> _claims = [];
    private readonly HashSet<(TollGroup Group, DateOnly Day)> _toll = [];
    private readonly List<CasualtyReport> _written = [];
    private readonly Dictionary<(int ConflictId, DateOnly Day), int> _days = [];
    private readonly Dictionary<(CountGroup Group, DateOnly Month), int> _groups = [];

    /// <summary>The changes of the tracked records, or null when the save changes no summary.</summary>
    public static SummaryChanges? Collect(ChangeTracker tracker)
    {
        SummaryChanges? changes = null;
        foreach (var entry in tracker.Entries<Entity>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var wasLive = entry.State != EntityState.Added && !(bool)entry.Property(nameof(Entity.IsDeleted)).OriginalValue!;
            var isLive = entry.State != EntityState.Deleted && !entry.Entity.IsDeleted;
            if (wasLive != isLive)
            {
                changes ??= new SummaryChanges();
                var type = entry.Metadata.ClrType.Name;
                changes._counts[type] = changes._counts.GetValueOrDefault(type) + (isLive ? 1 : -1);
            }

            if (entry.Entity is not CasualtyReport report) continue;
            if (entry.State == EntityState.Modified && !SummarizedProperties.Any(p => entry.Property(p).IsModified)) continue;
            changes ??= new SummaryChanges();
            if (entry.State != EntityState.Added) changes.AddStored(entry);
            if (entry.State != EntityState.Deleted) changes._written.Add(report);
        }

        return changes;
    }

    /// <summary>The statements that bring the summaries up to date; call after the records are saved, in the same transaction.</summary>
    public IEnumerable<SummaryCommand> Commands(bool postgreSql)
    {
        foreach (var r in _written)
        {
            Add(r.ConflictId, r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind, r.Basis, r.BestEstimate, r.PeriodEnd, r.IsDeleted);
            if (!r.IsDeleted) AddToCounts(new CountGroup(r.ConflictId, r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind, r.Qualifier), r.PeriodEnd, +1);
        }

        foreach (var command in SummarySql.Lock(postgreSql)) yield return command;
        foreach (var (type, delta) in _counts.Where(c => c.Value != 0)) yield return SummarySql.AddToCount(type, delta);
        foreach (var ((conflict, day), delta) in _days.Where(d => d.Value != 0).OrderBy(d => d.Key))
            foreach (var command in SummarySql.AddToDayCount(conflict, day, delta)) yield return command;
        foreach (var ((group, month), delta) in _groups.Where(g => g.Value != 0))
            foreach (var command in SummarySql.AddToGroupCount(group, month, delta)) yield return command;
        foreach (var command in _claims.SelectMany(SummarySql.RecomputeClaims)) yield return command;
        var toll = _toll.Count > MaxTollPoints
            ? _toll.Select(t => t.Group).Distinct().SelectMany(g => SummarySql.RecomputeToll(g, postgreSql))
            : _toll.SelectMany(t => SummarySql.RecomputeToll(t.Group, t.Day, postgreSql));
        foreach (var command in toll) yield return command;
    }

    private void AddStored(EntityEntry<Entity> entry)
    {
        T Stored<T>(string property) => (T)entry.Property(property).OriginalValue!;
        Add(Stored<int>(nameof(CasualtyReport.ConflictId)), Stored<int>(nameof(CasualtyReport.AffectedSideId)),
            Stored<int>(nameof(CasualtyReport.ReportingPartyId)), Stored<CasualtyCategory>(nameof(CasualtyReport.Category)),
            Stored<CasualtyKind>(nameof(CasualtyReport.Kind)), Stored<FigureBasis>(nameof(CasualtyReport.Basis)),
            (int?)entry.Property(nameof(CasualtyReport.BestEstimate)).OriginalValue, Stored<DateOnly>(nameof(CasualtyReport.PeriodEnd)),
            Stored<bool>(nameof(Entity.IsDeleted)));
        if (!Stored<bool>(nameof(Entity.IsDeleted)))
            AddToCounts(new CountGroup(Stored<int>(nameof(CasualtyReport.ConflictId)), Stored<int>(nameof(CasualtyReport.AffectedSideId)),
                    Stored<int>(nameof(CasualtyReport.ReportingPartyId)), Stored<CasualtyCategory>(nameof(CasualtyReport.Category)),
                    Stored<CasualtyKind>(nameof(CasualtyReport.Kind)), Stored<FigureQualifier>(nameof(CasualtyReport.Qualifier))),
                Stored<DateOnly>(nameof(CasualtyReport.PeriodEnd)), -1);
    }

    /// <summary>A live report entering (+1) or leaving (-1) the counts kept per conflict and day and per group and month.</summary>
    private void AddToCounts(CountGroup group, DateOnly day, int delta)
    {
        var conflictDay = (group.ConflictId, day);
        _days[conflictDay] = _days.GetValueOrDefault(conflictDay) + delta;
        var groupMonth = (group, new DateOnly(day.Year, day.Month, 1));
        _groups[groupMonth] = _groups.GetValueOrDefault(groupMonth) + delta;
    }

    // Only live cumulative reports make claims, and only numbered killed ones make toll points.
    private void Add(int conflict, int side, int reporter, CasualtyCategory category, CasualtyKind kind, FigureBasis basis,
        int? figure, DateOnly periodEnd, bool deleted)
    {
        if (deleted || basis != FigureBasis.Cumulative) return;
        _claims.Add(new ClaimGroup(conflict, side, reporter, category, kind));
        if (kind == CasualtyKind.Killed && figure is not null)
            _toll.Add((new TollGroup(conflict, side, reporter, category), periodEnd));
    }
}
