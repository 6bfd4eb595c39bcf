using System.Text.Json;
using CeasefireTracker.Data.Configurations;

namespace CeasefireTracker.Features.Ingestion;

public enum IngestionStatus
{
    Open,
    Finished,
}

/// <summary>
/// An article being turned into records: its text and details as the analyst gave them, and the proposals with
/// what was decided about each (as JSON), so another analyst can resume or finish it. Not a record itself: the
/// records are written, audited, through the records core.
/// </summary>
public class IngestionSession
{
    public int Id { get; set; }

    public int ConflictId { get; set; }

    /// <summary>The source the article became, once its first proposals were saved.</summary>
    public int? SourceId { get; set; }

    public required string Title { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public DateOnly ArticleDate { get; set; }

    public required string Language { get; set; }

    public required string Text { get; set; }

    public string ProposalsJson { get; set; } = "[]";

    public IngestionStatus Status { get; set; }

    public required string CreatedBy { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Changes on every save, so two analysts on one session do not overwrite each other's decisions.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    private static readonly JsonSerializerOptions JsonOptions = new(LanguageVocabulary.JsonOptions);

    public List<Proposal> ReadProposals() => JsonSerializer.Deserialize<List<Proposal>>(ProposalsJson, JsonOptions) ?? [];

    public void WriteProposals(IEnumerable<Proposal> proposals) => ProposalsJson = JsonSerializer.Serialize(proposals.ToList(), JsonOptions);
}

public class IngestionSessionConfiguration : IEntityTypeConfiguration<IngestionSession>
{
    public void Configure(EntityTypeBuilder<IngestionSession> builder)
    {
        builder.ToTable("IngestionSessions");
        builder.Property(s => s.Title).HasMaxLength(Limits.Title);
        builder.Property(s => s.Publisher).HasMaxLength(Limits.Name);
        builder.Property(s => s.Url).HasMaxLength(2048);
        builder.Property(s => s.Language).HasMaxLength(16);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.Status, s.UpdatedAtUtc });
    }
}
