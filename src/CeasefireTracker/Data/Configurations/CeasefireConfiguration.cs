namespace CeasefireTracker.Data.Configurations;

public class CeasefireConfiguration : EntityConfigurationBase<Ceasefire>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Ceasefire> builder)
    {
        ConfigureSourced(builder);
        builder.Property(c => c.Name).HasMaxLength(Limits.Name);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.HasOne(c => c.Conflict).WithMany().HasForeignKey(c => c.ConflictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.MediatorParty).WithMany().HasForeignKey(c => c.MediatorPartyId).OnDelete(DeleteBehavior.Restrict);
        ConfigureParties(builder, "CeasefireParties");
        builder.HasMany(c => c.Terms).WithOne(t => t.Ceasefire).HasForeignKey(t => t.CeasefireId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class CeasefireTermConfiguration : EntityConfigurationBase<CeasefireTerm>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CeasefireTerm> builder)
    {
        ConfigureSourced(builder);
        builder.Property(t => t.Description).HasMaxLength(Limits.Description);
    }
}
