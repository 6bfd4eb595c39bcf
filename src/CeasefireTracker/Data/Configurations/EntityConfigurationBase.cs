using CeasefireTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeasefireTracker.Data.Configurations;

/// <summary>What every editable record shares: stable import key, concurrency token, soft delete.</summary>
public abstract class EntityConfigurationBase<T> : IEntityTypeConfiguration<T> where T : Entity
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.Property(e => e.ExternalId).HasMaxLength(128);
        builder.HasIndex(e => e.ExternalId).IsUnique();
        builder.Property(e => e.Version).IsConcurrencyToken();
        // Deleted records stay in the table, restorable; every ordinary read skips them.
        builder.HasQueryFilter(e => !e.IsDeleted);
        ConfigureEntity(builder);
    }

    protected abstract void ConfigureEntity(EntityTypeBuilder<T> builder);

    protected static void ConfigureSourced<TSourced>(EntityTypeBuilder<TSourced> builder)
        where TSourced : class, ISourced
    {
        builder.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Quote).HasMaxLength(Limits.Quote).IsRequired();
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
