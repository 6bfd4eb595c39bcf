namespace CeasefireTracker.Data.Configurations;

public class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.DataSet).HasMaxLength(Limits.Name);
        builder.Property(r => r.DataSetVersion).HasMaxLength(64);
        builder.Property(r => r.FileName).HasMaxLength(Limits.Name);
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.Message).HasMaxLength(Limits.Description);
        builder.Property(r => r.FilePath).HasMaxLength(Limits.Description);
        builder.Property(r => r.MappingJson).HasMaxLength(Limits.Description * 4);
        builder.Property(r => r.Owner).HasMaxLength(64);
        builder.HasIndex(r => r.StartedAtUtc);
        // Start-up and the watch look for queued and running runs.
        builder.HasIndex(r => r.Status);
    }
}

public class ImportColumnMappingConfiguration : IEntityTypeConfiguration<ImportColumnMapping>
{
    public void Configure(EntityTypeBuilder<ImportColumnMapping> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(Limits.Name);
        builder.Property(m => m.Json).HasMaxLength(Limits.Description * 4);
        builder.Property(m => m.UserName).HasMaxLength(256);
        builder.HasIndex(m => m.Name).IsUnique();
    }
}
