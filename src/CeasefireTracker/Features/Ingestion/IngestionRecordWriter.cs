using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.Features.Ingestion;

public sealed record WriteProblem(int? Index, string Message);

public sealed record WriteOutcome(bool Succeeded, IReadOnlyList<WriteProblem> Problems);

/// <summary>
/// Hands a batch of new records to the records core: one validated, audited operation, all or nothing, whose
/// records may refer to each other through navigation properties.
/// </summary>
public sealed class IngestionRecordWriter(RecordEditor editor)
{
    public async Task<WriteOutcome> ApplyAsync(IReadOnlyList<Entity> records, string reason, IProgress<int>? progress, CancellationToken ct)
    {
        var result = await editor.ApplyAsync(records.Select(r => new RecordWrite(r, AuditAction.Create)).ToList(), reason, progress, ct);
        if (result.Succeeded) return new WriteOutcome(true, []);
        var problems = result.Errors.Select(e => new WriteProblem(e.Index, e.Property.Length == 0 ? e.Message : $"{e.Property}: {e.Message}")).ToList();
        if (result.Message is not null) problems.Insert(0, new WriteProblem(null, result.Message));
        return new WriteOutcome(false, problems);
    }
}
