using CeasefireTracker.Domain;

namespace CeasefireTracker.Data;

/// <summary>
/// The batch write that imports, ingestion and the write API use, as Data's own unattended writer (the seed import)
/// calls it: the editing feature implements this, so seeded records go through the one validator and the one audited
/// save, in the same chunks and with the same audit entries as any other import.
/// </summary>
public interface IRecordBatchWriter
{
    /// <summary>
    /// Creates <paramref name="records"/> through <paramref name="db"/>, inside the transaction the caller opened on it
    /// (so the caller can write its own rows in it, and commits it), all under one new operation by
    /// <paramref name="actor"/>, a system writer no analyst signs in for. New records may refer to each other through
    /// navigations, and an event or a ceasefire names its parties through <see cref="IHasParties"/>. When any record is
    /// refused nothing is written: every problem comes back by the record's index and the transaction is rolled back.
    /// The context tracks nothing afterwards.
    /// </summary>
    Task<BatchWriteResult> CreateAsync(TrackerDbContext db, string actor, IReadOnlyList<Entity> records, string reason,
        CancellationToken ct = default);
}

/// <summary>What became of a batch write: all written under <see cref="OperationId"/>, or nothing and why.</summary>
public sealed record BatchWriteResult(bool Succeeded, Guid? OperationId, int Written, IReadOnlyList<BatchWriteProblem> Problems, string? Message);

/// <summary>A problem of the record at <see cref="Index"/> of the batch (-1: of the batch as a whole); <see cref="Property"/> "" for the record as a whole.</summary>
public sealed record BatchWriteProblem(int Index, string Property, string Message);
