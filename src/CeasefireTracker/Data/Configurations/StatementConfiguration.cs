namespace CeasefireTracker.Data.Configurations;

public class StatementConfiguration : EntityConfigurationBase<Statement>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Statement> builder)
    {
        ConfigureSourced(builder);
        builder.Property(s => s.Text).HasMaxLength(Limits.Quote);
        builder.Property(s => s.Language).HasMaxLength(16);
        builder.Property(s => s.Summary).HasMaxLength(Limits.Description);
        builder.HasOne(s => s.Conflict).WithMany().HasForeignKey(s => s.ConflictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Speaker).WithMany().HasForeignKey(s => s.SpeakerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.OnBehalfOfParty).WithMany().HasForeignKey(s => s.OnBehalfOfPartyId).OnDelete(DeleteBehavior.Restrict);
        // Newest first, across conflicts or by conflict; IsDeleted last: see CasualtyReportConfiguration.
        builder.HasIndex(s => new { s.SaidOn, s.Id, s.IsDeleted });
        builder.HasIndex(s => new { s.ConflictId, s.SaidOn, s.Id, s.IsDeleted });
    }
}

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.AtUtc });
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => a.OperationId);
    }
}
