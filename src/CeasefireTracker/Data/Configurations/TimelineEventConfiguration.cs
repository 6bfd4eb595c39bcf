namespace CeasefireTracker.Data.Configurations;

public class TimelineEventConfiguration : EntityConfigurationBase<TimelineEvent>
{
    protected override void ConfigureEntity(EntityTypeBuilder<TimelineEvent> builder)
    {
        ConfigureDataSetSourced(builder);
        builder.Property(e => e.Title).HasMaxLength(Limits.Title);
        builder.Property(e => e.Description).HasMaxLength(Limits.Description);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.HasOne(e => e.Conflict).WithMany().HasForeignKey(e => e.ConflictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Ceasefire).WithMany().HasForeignKey(e => e.CeasefireId).OnDelete(DeleteBehavior.Restrict);
        ConfigureParties(builder, "TimelineEventParties");
        // The timeline reads newest first, across conflicts or by conflict, optionally by kind. IsDeleted last: see
        // CasualtyReportConfiguration.
        builder.HasIndex(e => new { e.OccurredAtUtc, e.Id, e.IsDeleted });
        builder.HasIndex(e => new { e.ConflictId, e.OccurredAtUtc, e.Id, e.IsDeleted });
        builder.HasIndex(e => new { e.ConflictId, e.Kind, e.OccurredAtUtc, e.Id, e.IsDeleted });
    }
}
