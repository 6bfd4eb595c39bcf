namespace CeasefireTracker.Domain;

public enum AuditAction
{
    Create,
    Update,
    Delete,
    Restore,
    Revert,
    Import,
}

/// <summary>One change to one record, written in the same transaction as the change.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public required string UserName { get; set; }

    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>JSON of the record's values before the change; null on create.</summary>
    public string? BeforeJson { get; set; }

    /// <summary>JSON of the record's values after the change.</summary>
    public string? AfterJson { get; set; }

    public string? Reason { get; set; }

    /// <summary>
    /// The one operation this change belongs to: a delete with its dependents, an import, an article's accepted
    /// proposals. Every entry one commit writes shares it, so the operation can be restored or undone as a whole.
    /// </summary>
    public Guid? OperationId { get; set; }
}
