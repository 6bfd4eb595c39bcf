
namespace CeasefireTracker.Features.Editing;

public sealed record FieldChange(string Field, string Before, string After);

/// <summary>The fields that differ between two versions of a record, labelled for people.</summary>
public static class AuditDiff
{
    public static IReadOnlyList<FieldChange> Between(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys)
            .Where(k => k is not "Id")
            .Select(k => new FieldChange(RecordValidator.Label(k), before.GetValueOrDefault(k, ""), after.GetValueOrDefault(k, "")))
            .Where(c => c.Before != c.After)
            .ToList();

    public static IReadOnlyList<FieldChange> Between(string? beforeJson, string? afterJson) =>
        Between(RecordSnapshot.Read(beforeJson), RecordSnapshot.Read(afterJson));
}
