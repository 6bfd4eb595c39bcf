namespace CeasefireTracker.Data.Summaries;

/// <summary>
/// One report among the latest cumulative claims of its group (conflict, side, reporter, category, kind): every live
/// cumulative report of the group whose period ends on the group's latest day, so competing claims of that day are
/// all kept. Maintained on every save (<see cref="SummaryMaintenance"/>), rebuilt by <c>rebuild-summaries</c>.
/// </summary>
public class LatestClaimSummary : ICasualtyGroup
{
    public int ReportId { get; set; }
    public int ConflictId { get; set; }
    public int AffectedSideId { get; set; }
    public int ReportingPartyId { get; set; }
    public CasualtyCategory Category { get; set; }
    public CasualtyKind Kind { get; set; }
    public DateOnly PeriodEnd { get; set; }
}

/// <summary>
/// The largest numbered, live, cumulative killed figure of one (conflict, side, reporter, category) in one day, month
/// or year (<see cref="Bucket"/> is that period's first day). Side kinds and names are joined on read, so an edit of a
/// side needs no maintenance here.
/// </summary>
public class KilledTollSummary
{
    public TollInterval Interval { get; set; }
    public int ConflictId { get; set; }
    public int AffectedSideId { get; set; }
    public int ReportingPartyId { get; set; }
    public CasualtyCategory Category { get; set; }
    public DateOnly Bucket { get; set; }
    public int Figure { get; set; }
}

/// <summary>How many live records of one type (<see cref="RecordType"/> is the entity's class name) the store holds.</summary>
public class RecordCountSummary
{
    public required string RecordType { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// How many live casualty reports of one conflict have their period end on one day. A count of the grid under a date
/// range (and a conflict) adds these up instead of counting the range's reports in an index: at 1M reports a range
/// over all of them took 45 ms to count, at 10M ten times that.
/// </summary>
public class CasualtyDayCount
{
    public int ConflictId { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// How many live casualty reports share one (conflict, side, reporter, category, kind, qualifier) and have their period
/// end in one month (<see cref="Month"/> is its first day): the grid's count under any filter adds these up, with the
/// days of a partly covered month counted in the reports. Counting all matching reports in an index took 20-370 ms at
/// 1M for the wide filters (a qualifier: 833,000 reports); the generated 1M store has about 64,000 of these rows.
/// </summary>
public class CasualtyGroupCount : ICasualtyGroup
{
    public DateOnly Month { get; set; }
    public int ConflictId { get; set; }
    public int AffectedSideId { get; set; }
    public int ReportingPartyId { get; set; }
    public CasualtyCategory Category { get; set; }
    public CasualtyKind Kind { get; set; }
    public FigureQualifier Qualifier { get; set; }
    public int Count { get; set; }
}

public class LatestClaimSummaryConfiguration : IEntityTypeConfiguration<LatestClaimSummary>
{
    public void Configure(EntityTypeBuilder<LatestClaimSummary> builder)
    {
        builder.ToTable("LatestClaimSummaries");
        // ValueGeneratedNever: the key is the report's id, written by SQL, never generated here.
        builder.HasKey(s => s.ReportId);
        builder.Property(s => s.ReportId).ValueGeneratedNever();
        builder.HasIndex(s => new { s.ConflictId, s.AffectedSideId, s.ReportingPartyId, s.Category, s.Kind });
    }
}

public class KilledTollSummaryConfiguration : IEntityTypeConfiguration<KilledTollSummary>
{
    public void Configure(EntityTypeBuilder<KilledTollSummary> builder)
    {
        builder.ToTable("KilledTollSummaries");
        // Interval and conflict first: the chart reads one interval of one conflict (or of all).
        builder.HasKey(s => new { s.Interval, s.ConflictId, s.AffectedSideId, s.ReportingPartyId, s.Category, s.Bucket });
    }
}

public class RecordCountSummaryConfiguration : IEntityTypeConfiguration<RecordCountSummary>
{
    public void Configure(EntityTypeBuilder<RecordCountSummary> builder)
    {
        builder.ToTable("RecordCountSummaries");
        builder.HasKey(s => s.RecordType);
        builder.Property(s => s.RecordType).HasMaxLength(64);
    }
}

public class CasualtyDayCountConfiguration : IEntityTypeConfiguration<CasualtyDayCount>
{
    public void Configure(EntityTypeBuilder<CasualtyDayCount> builder)
    {
        builder.ToTable("CasualtyDayCounts");
        builder.HasKey(c => new { c.ConflictId, c.PeriodEnd });
        // Ranges over every conflict read by day.
        builder.HasIndex(c => new { c.PeriodEnd, c.Count });
    }
}

public class CasualtyGroupCountConfiguration : IEntityTypeConfiguration<CasualtyGroupCount>
{
    public void Configure(EntityTypeBuilder<CasualtyGroupCount> builder)
    {
        builder.ToTable("CasualtyGroupCounts");
        builder.HasKey(c => new { c.ConflictId, c.AffectedSideId, c.ReportingPartyId, c.Category, c.Kind, c.Qualifier, c.Month });
    }
}
