using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Features.Api;

/// <summary>
/// A personal API token. Only a SHA-256 hash of the secret is stored: the secret is shown once, when it is created.
/// A token acts as its user with that user's current roles; <see cref="CanWrite"/> narrows it to reading even for an
/// analyst, and a revoked token is refused from then on (kept, so its last use stays visible).
/// </summary>
public class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public IdentityUser? User { get; set; }

    public required string Name { get; set; }

    /// <summary>Hex SHA-256 of the whole secret.</summary>
    public required string SecretHash { get; set; }

    /// <summary>The first characters of the secret, so its owner can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    public bool CanWrite { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public const int NameMaxLength = 100;

    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.Property(t => t.Name).HasMaxLength(NameMaxLength);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
