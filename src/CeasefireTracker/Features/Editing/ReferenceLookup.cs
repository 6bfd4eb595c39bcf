using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Editing;

/// <summary>
/// What the validator needs to know about other records: whether a referenced record exists, a source's text, and
/// whether a referenced record is new in the same save. The store answers for one record at a time; a batch answers
/// from what it already read and from its own pending records.
/// </summary>
public class ReferenceLookup(TrackerDbContext db)
{
    protected TrackerDbContext Db { get; } = db;

    /// <summary>True when a live record of <paramref name="type"/> has <paramref name="id"/>.</summary>
    public virtual Task<bool> ExistsAsync(Type type, int id, CancellationToken ct) => StoredAsync(type, id, ct);

    public virtual Task<string?> SourceTextAsync(int sourceId, CancellationToken ct) =>
        Db.Sources.AsNoTracking().Where(s => s.Id == sourceId).Select(s => s.FullText).SingleOrDefaultAsync(ct);

    /// <summary>True when <paramref name="record"/> has no id yet because it is written in the same save.</summary>
    public virtual bool IsNew(Entity record) => Db.Entry(record).State == EntityState.Added;

    protected Task<bool> StoredAsync(Type type, int id, CancellationToken ct) =>
        (Task<bool>)ExistsMethod.MakeGenericMethod(type).Invoke(null, [Db, id, ct])!;

    private static readonly System.Reflection.MethodInfo ExistsMethod =
        typeof(ReferenceLookup).GetMethod(nameof(ExistsOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    // The query filter leaves deleted records out, so a reference to one counts as missing.
    private static Task<bool> ExistsOf<T>(TrackerDbContext db, int id, CancellationToken ct) where T : Entity =>
        db.Set<T>().AnyAsync(e => e.Id == id, ct);
}

/// <summary>
/// A lookup that remembers what it read: an import of 100,000 reports names a few parties and sources many times, and
/// one save reads its record's source text twice (to place the quote, then to check it).
/// </summary>
public class RememberingReferenceLookup(TrackerDbContext db) : ReferenceLookup(db)
{
    protected readonly Dictionary<(Type, int), bool> Exists = [];
    protected readonly Dictionary<int, string?> Texts = [];

    public override async Task<bool> ExistsAsync(Type type, int id, CancellationToken ct)
    {
        if (Exists.TryGetValue((type, id), out var known)) return known;
        return Exists[(type, id)] = await StoredAsync(type, id, ct);
    }

    public override async Task<string?> SourceTextAsync(int sourceId, CancellationToken ct)
    {
        if (Texts.TryGetValue(sourceId, out var text)) return text;
        return Texts[sourceId] = await base.SourceTextAsync(sourceId, ct);
    }
}

/// <summary>
/// The lookup of one batch write: remembers what it read, knows the records the batch creates, and sees the batch's
/// own deletes and restores before they are saved.
/// </summary>
public sealed class BatchReferenceLookup(TrackerDbContext db) : RememberingReferenceLookup(db)
{
    private readonly HashSet<Entity> _created = new(ReferenceEqualityComparer.Instance);

    public void Created(Entity record) => _created.Add(record);

    /// <summary>A chunk was saved: its new records have ids now, and the batch no longer holds on to them.</summary>
    public void ChunkSaved() => _created.Clear();

    /// <summary>The batch deletes (false) or restores (true) this record, whatever the store says now.</summary>
    public void WillExist(Type type, int id, bool exists) => Exists[(type, id)] = exists;

    /// <summary>A source the batch itself changes: its quotes are placed in the new text.</summary>
    public void SourceText(int sourceId, string text) => Texts[sourceId] = text;

    public override bool IsNew(Entity record) => _created.Contains(record);
}
