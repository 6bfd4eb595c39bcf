using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Editing;

/// <summary><see cref="RecordValidator"/> as the seed import calls it, through Data's <see cref="IRecordRules"/>.</summary>
public sealed class RecordRules : IRecordRules
{
    public async Task<IReadOnlyList<(string Property, string Message)>> PrepareAsync(TrackerDbContext db, Entity record, CancellationToken ct = default)
    {
        var errors = await RecordValidator.PrepareAsync(db, record, ct: ct);
        return [.. errors.SelectMany(e => e.Value.Select(message => (e.Key, message)))];
    }
}
