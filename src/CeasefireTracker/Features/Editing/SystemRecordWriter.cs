using CeasefireTracker.Data;
using CeasefireTracker.Domain;

namespace CeasefireTracker.Features.Editing;

/// <summary><see cref="RecordEditor"/>'s batch write as Data's unattended writer (the seed import) calls it, through <see cref="IRecordBatchWriter"/>.</summary>
public sealed class SystemRecordWriter(ILogger<SystemRecordWriter> logger) : IRecordBatchWriter
{
    public async Task<BatchWriteResult> CreateAsync(TrackerDbContext db, string actor, IReadOnlyList<Entity> records, string reason,
        CancellationToken ct = default)
    {
        var result = await RecordEditor.CreateAsSystemAsync(db, actor, records, reason, logger, ct);
        return new BatchWriteResult(result.Succeeded, result.OperationId, result.Written,
            [.. result.Errors.Select(e => new BatchWriteProblem(e.Index, e.Property, e.Message))], result.Message);
    }
}
