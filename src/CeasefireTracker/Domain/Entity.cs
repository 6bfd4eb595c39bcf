namespace CeasefireTracker.Domain;

/// <summary>
/// Base of every record an analyst can edit. <see cref="Version"/> is an app-managed concurrency token (SQLite has
/// no row version): the context gives it a new value on every save, so a stale edit is refused. Records are never
/// hard-deleted: <see cref="IsDeleted"/> hides them and keeps them restorable.
/// </summary>
public abstract class Entity
{
    public int Id { get; set; }

    /// <summary>Stable key of a record that came from an import (seed file); null for records analysts create.</summary>
    public string? ExternalId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsDeleted { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>A record resting on words in a source: which source, the exact quote, and where it stands in the text.</summary>
public interface ISourced
{
    int SourceId { get; set; }

    Source? Source { get; set; }

    string Quote { get; set; }

    /// <summary>Character offset of <see cref="Quote"/> in the source's full text.</summary>
    int QuoteStart { get; set; }
}
