namespace CeasefireTracker.Data;

/// <summary>
/// The audit trail as Data's own writer (the seed import) writes it: the editing feature implements this, so seeded
/// records get the same Create entries, in the same shape, as records an analyst or an import creates.
/// </summary>
public interface IRecordAudit
{
    /// <summary>
    /// Writes one Create entry for each of <paramref name="records"/> (saved through <paramref name="db"/>, in its open
    /// transaction, and still tracked by it), all under one new operation by <paramref name="actor"/>: its id.
    /// </summary>
    Task<Guid> AuditCreatedAsync(TrackerDbContext db, IReadOnlyCollection<Entity> records, string actor, string reason, CancellationToken ct = default);
}
