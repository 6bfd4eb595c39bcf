namespace CeasefireTracker.Data.Configurations;

public class DataSetRowConfiguration : EntityConfigurationBase<DataSetRow>
{
    protected override void ConfigureEntity(EntityTypeBuilder<DataSetRow> builder)
    {
        builder.Property(r => r.DataSet).HasMaxLength(Limits.Name);
        builder.Property(r => r.DataSetVersion).HasMaxLength(64);
        builder.Property(r => r.RowId).HasMaxLength(64);
        builder.Property(r => r.SourceArticle).HasMaxLength(Limits.Description);
        builder.Property(r => r.SourceHeadline).HasMaxLength(Limits.Description);
        builder.Property(r => r.SourceOffice).HasMaxLength(Limits.Description);
        builder.Property(r => r.SourceDate).HasMaxLength(Limits.Description);
        builder.Property(r => r.SourceOriginal).HasMaxLength(Limits.Description);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        // A re-import reads every row of one data set to compare it with the new version.
        builder.HasIndex(r => new { r.DataSet, r.RowId });
    }
}
