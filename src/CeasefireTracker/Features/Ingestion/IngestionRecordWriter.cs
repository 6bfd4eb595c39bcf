using CeasefireTracker.Domain;

namespace CeasefireTracker.Features.Ingestion;

public sealed record WriteProblem(int? Index, string Message);

public sealed record WriteOutcome(bool Succeeded, IReadOnlyList<WriteProblem> Problems);

/// <summary>
/// Hands a batch of new records to the records core (one validated, audited operation, all or nothing).
/// </summary>
public sealed class IngestionRecordWriter
{
    public Task<WriteOutcome> ApplyAsync(IReadOnlyList<Entity> records, string reason, IProgress<int>? progress, CancellationToken ct)
    {
        // The records core's batch write (RecordEditor.ApplyAsync, issue 9) is not on main yet: until it is, nothing
        // is written, and the analyst is told so; the decisions stay kept in the session.
        return Task.FromResult(new WriteOutcome(false, [new WriteProblem(null, "Saving waits for the records core's batch write (issue 9); your decisions are kept in this ingestion.")]));
    }
}
