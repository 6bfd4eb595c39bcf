using CeasefireTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeasefireTracker.Data.Configurations;

public class CasualtyReportConfiguration : EntityConfigurationBase<CasualtyReport>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CasualtyReport> builder)
    {
        ConfigureSourced(builder);
        builder.Property(r => r.Notes).HasMaxLength(Limits.Description);
        builder.HasOne(r => r.Conflict).WithMany().HasForeignKey(r => r.ConflictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.AffectedSide).WithMany().HasForeignKey(r => r.AffectedSideId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ReportingParty).WithMany().HasForeignKey(r => r.ReportingPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.IncludedInReport).WithMany().HasForeignKey(r => r.IncludedInReportId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_CasualtyReports_Figures",
            "(BestEstimate IS NULL OR BestEstimate >= 0) AND (Low IS NULL OR Low >= 0) AND (High IS NULL OR High >= 0)"));

        // The casualty grid filters by conflict and one of these, newest period first, with keyset paging on Id.
        builder.HasIndex(r => new { r.ConflictId, r.IsDeleted, r.PeriodEnd, r.Id });
        builder.HasIndex(r => new { r.AffectedSideId, r.IsDeleted, r.PeriodEnd, r.Id });
        builder.HasIndex(r => new { r.ReportingPartyId, r.IsDeleted, r.PeriodEnd, r.Id });
        builder.HasIndex(r => new { r.ConflictId, r.IsDeleted, r.Category, r.PeriodEnd, r.Id });
        builder.HasIndex(r => new { r.ConflictId, r.IsDeleted, r.Kind, r.PeriodEnd, r.Id });
        builder.HasIndex(r => new { r.ConflictId, r.IsDeleted, r.Qualifier, r.PeriodEnd, r.Id });
    }
}
