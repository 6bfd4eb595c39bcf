namespace CeasefireTracker.Data.Configurations;

/// <summary>What every editable record shares: stable import key, concurrency token.</summary>
public abstract class EntityConfigurationBase<T> : IEntityTypeConfiguration<T> where T : Entity
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.Property(e => e.ExternalId).HasMaxLength(128);
        builder.HasIndex(e => e.ExternalId).IsUnique();
        builder.Property(e => e.Version).IsConcurrencyToken();
        // The query filter (deleted and unreadable records) is TrackerDbContext's: it reads the context's state.
        ConfigureEntity(builder);
    }

    protected abstract void ConfigureEntity(EntityTypeBuilder<T> builder);

    protected static void ConfigureSourced<TSourced>(EntityTypeBuilder<TSourced> builder)
        where TSourced : class, ISourced
    {
        builder.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Quote).HasMaxLength(Limits.Quote).IsRequired();
    }

    /// <summary>The parties a record names, through a join table of its own; the edit forms' party ids are not stored.</summary>
    protected static void ConfigureParties<TRecord>(EntityTypeBuilder<TRecord> builder, string joinTable)
        where TRecord : class, IHasParties
    {
        builder.HasMany(e => e.Parties).WithMany().UsingEntity(joinTable);
        builder.Ignore(e => e.PartyIds);
    }

    /// <summary>A record that may rest on a data set row (its quote is then empty, see RecordValidator), with its place.</summary>
    protected static void ConfigureDataSetSourced<TRecord>(EntityTypeBuilder<TRecord> builder)
        where TRecord : DataSetSourcedRecord
    {
        ConfigureSourced(builder);
        builder.HasOne(e => e.DataSetRow).WithMany().HasForeignKey(e => e.DataSetRowId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.PlaceName).HasMaxLength(Limits.Name);
        builder.Property(e => e.PlaceAdmin1).HasMaxLength(Limits.Name);
        builder.Property(e => e.PlaceAdmin2).HasMaxLength(Limits.Name);
        builder.Property(e => e.PlaceCountry).HasMaxLength(Limits.Name);
    }
}

/// <summary>Text lengths shared by the schema and the edit forms' validation.</summary>
public static class Limits
{
    public const int Name = 200;
    public const int Title = 300;
    public const int Description = 4000;
    public const int Quote = 4000;
    public const int SourceText = 1_000_000;
}
