namespace CeasefireTracker.Data.Configurations;

public class ConflictConfiguration : EntityConfigurationBase<Conflict>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Conflict> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Limits.Name);
        builder.Property(c => c.Region).HasMaxLength(Limits.Name);
        builder.Property(c => c.Description).HasMaxLength(Limits.Description);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
    }
}

public class SideConfiguration : EntityConfigurationBase<Side>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Side> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Limits.Name);
        builder.HasOne(s => s.Conflict).WithMany(c => c.Sides).HasForeignKey(s => s.ConflictId).OnDelete(DeleteBehavior.Restrict);
    }
}
