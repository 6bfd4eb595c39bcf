namespace CeasefireTracker.Data.Seeding;

/// <summary>A seed file that cannot be imported, with the file and the record at fault.</summary>
public sealed class SeedDataException(string file, string? recordId, string problem, Exception? inner = null)
    : Exception($"Seed file '{file}'{(recordId is null ? "" : $", record '{recordId}'")}: {problem}", inner)
{
    public string File { get; } = file;

    public string? RecordId { get; } = recordId;

    public string Problem { get; } = problem;
}
