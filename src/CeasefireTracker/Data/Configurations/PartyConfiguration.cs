namespace CeasefireTracker.Data.Configurations;

public class PartyConfiguration : EntityConfigurationBase<Party>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Party> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Limits.Name);
        builder.Property(p => p.NameInSource).HasMaxLength(Limits.Name);
        builder.Property(p => p.Aliases).HasMaxLength(Limits.Description);
        builder.HasOne(p => p.Conflict).WithMany(c => c.Parties).HasForeignKey(p => p.ConflictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Side).WithMany().HasForeignKey(p => p.SideId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ParentParty).WithMany().HasForeignKey(p => p.ParentPartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class OfficialConfiguration : EntityConfigurationBase<Official>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Official> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Limits.Name);
        builder.Property(o => o.Aliases).HasMaxLength(Limits.Name);
        builder.Property(o => o.Role).HasMaxLength(Limits.Name);
        builder.HasOne(o => o.Party).WithMany().HasForeignKey(o => o.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class SourceConfiguration : EntityConfigurationBase<Source>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(Limits.Title);
        builder.Property(s => s.Publisher).HasMaxLength(Limits.Name);
        builder.Property(s => s.Url).HasMaxLength(2048);
        builder.Property(s => s.Language).HasMaxLength(16);
        builder.Property(s => s.FullText).HasMaxLength(Limits.SourceText);
        builder.Property(s => s.Notes).HasMaxLength(Limits.Description);
        // The edit dialogs' source picker searches titles (ReferenceSearch): read from this index, not from the rows
        // with their full texts (51,000 sources at 1M reports: 200 ms a search without it).
        builder.HasIndex(s => new { s.Title, s.IsDeleted });
    }
}
