namespace CeasefireTracker.Features.Editing;

/// <summary>
/// One record of a batch: <see cref="AuditAction.Create"/>, <see cref="AuditAction.Update"/> (the record carries its
/// Id and the Version the writer read) or <see cref="AuditAction.Delete"/> (Id and Version are enough).
/// </summary>
public sealed record RecordWrite(Entity Record, AuditAction Action);

/// <summary>What is wrong with one write of a batch; <see cref="Index"/> is its place in the writes list, <see cref="Property"/> "" for the record as a whole.</summary>
public sealed record RecordError(int Index, string Property, string Message);

/// <summary>
/// What became of a batch: all of it was written under <see cref="OperationId"/>, or none of it and
/// <see cref="Errors"/> says why.
/// </summary>
public sealed record OperationResult(bool Succeeded, Guid? OperationId, int Written, IReadOnlyList<RecordError> Errors, string? Message)
{
    public static OperationResult Failed(string message, IReadOnlyList<RecordError>? errors = null) =>
        new(false, null, 0, errors ?? [], message);
}
