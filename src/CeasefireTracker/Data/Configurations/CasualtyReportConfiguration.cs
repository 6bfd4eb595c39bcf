namespace CeasefireTracker.Data.Configurations;

public class CasualtyReportConfiguration : EntityConfigurationBase<CasualtyReport>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CasualtyReport> builder)
    {
        ConfigureDataSetSourced(builder);
        builder.Property(r => r.Notes).HasMaxLength(Limits.Description);
        builder.Property(r => r.FigureNotInQuoteReason).HasMaxLength(QuoteFigures.ReasonMaxLength);
        builder.HasOne(r => r.Conflict).WithMany().HasForeignKey(r => r.ConflictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.AffectedSide).WithMany().HasForeignKey(r => r.AffectedSideId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ReportingParty).WithMany().HasForeignKey(r => r.ReportingPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.IncludedInReport).WithMany().HasForeignKey(r => r.IncludedInReportId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_CasualtyReports_Figures",
            "(BestEstimate IS NULL OR BestEstimate >= 0) AND (Low IS NULL OR Low >= 0) AND (High IS NULL OR High >= 0)"));

        // The casualty grid filters by one of these (or nothing), newest period first, with keyset paging on Id.
        // IsDeleted comes last: EF writes the soft-delete filter as NOT "IsDeleted", which SQLite cannot match as an
        // equality on an index column, so with IsDeleted before PeriodEnd every matching row had to be sorted (200 ms
        // at 1M reports); last, it keeps the index order and still lets a count read the index alone.
        builder.HasIndex(r => new { r.PeriodEnd, r.Id, r.IsDeleted });
        builder.HasIndex(r => new { r.ConflictId, r.PeriodEnd, r.Id, r.IsDeleted });
        builder.HasIndex(r => new { r.AffectedSideId, r.PeriodEnd, r.Id, r.IsDeleted });
        builder.HasIndex(r => new { r.ReportingPartyId, r.PeriodEnd, r.Id, r.IsDeleted });
        builder.HasIndex(r => new { r.Category, r.PeriodEnd, r.Id, r.IsDeleted });
        builder.HasIndex(r => new { r.Kind, r.PeriodEnd, r.Id, r.IsDeleted });
        builder.HasIndex(r => new { r.Qualifier, r.PeriodEnd, r.Id, r.IsDeleted });
        // Side and qualifier together (the grid's likeliest pair): without it, the side's index read every row of the side.
        builder.HasIndex(r => new { r.AffectedSideId, r.Qualifier, r.PeriodEnd, r.Id, r.IsDeleted })
            .HasDatabaseName("IX_CasualtyReports_Side_Qualifier");
        // A summary group (Data/Summaries): its latest day and its toll points are a seek and a short range here,
        // with the figure read from the index itself.
        builder.HasIndex(r => new { r.ConflictId, r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind, r.Basis, r.PeriodEnd, r.IsDeleted, r.BestEstimate })
            .HasDatabaseName("IX_CasualtyReports_SummaryGroup");
        // The grid's "figure" sort (then PeriodEnd, Id).
        builder.HasIndex(r => new { r.BestEstimate, r.PeriodEnd, r.Id, r.IsDeleted });
    }
}
