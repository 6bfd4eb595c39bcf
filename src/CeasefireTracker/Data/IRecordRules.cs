namespace CeasefireTracker.Data;

/// <summary>
/// The one normalizer and validator of records, as Data's own writer (the seed import) calls them: the editing
/// feature implements this, so the seed gives the same message for a bad record as every other way of writing it.
/// </summary>
public interface IRecordRules
{
    /// <summary>
    /// Derives <paramref name="record"/>'s computed values, then checks it: every problem as a property and a message,
    /// none when it may be written.
    /// </summary>
    Task<IReadOnlyList<(string Property, string Message)>> PrepareAsync(TrackerDbContext db, Entity record, CancellationToken ct = default);
}
