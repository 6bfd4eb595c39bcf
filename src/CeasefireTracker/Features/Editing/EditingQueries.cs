using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Editing;

/// <summary>One audited change as the history and recent-changes views show it.</summary>
public sealed record ChangeRow(long Id, DateTime AtUtc, string UserName, string EntityType, int EntityId, AuditAction Action,
    string? Reason, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// The reads of the manage area: a record as an editor starts from it, a page of a record list, and the audited history
/// of a record or of the whole store. The pages call these rather than holding a context factory.
/// </summary>
public sealed class EditingQueries(IDbContextFactory<TrackerDbContext> factory)
{
    /// <summary>A live record, untracked; null when it is gone.</summary>
    public Task<Entity?> FindAsync(RecordKind kind, int id) => kind.FindAsync(factory, id);

    /// <summary>The record whether deleted or not.</summary>
    public Task<Entity?> FindAnyAsync(RecordKind kind, int id) => kind.FindAnyAsync(factory, id);

    /// <summary>One page of a record list, live or deleted records, newest change first.</summary>
    public Task<(IReadOnlyList<RecordRow> Rows, int Total)> PageAsync(RecordKind kind, bool deleted, int page, int pageSize,
        CancellationToken ct = default) => kind.PageAsync(factory, deleted, page, pageSize, ct);

    /// <summary>Every audited change of one record, newest first.</summary>
    public async Task<IReadOnlyList<ChangeRow>> HistoryAsync(RecordKind kind, int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var entityType = kind.ClrType.Name;
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == id)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .ToListAsync(ct);
        return entries.Select(ToRow).ToList();
    }

    /// <summary>One page of the store's audited changes, newest first, with the count of them all.</summary>
    public async Task<(IReadOnlyList<ChangeRow> Rows, int Total)> RecentAsync(int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var total = await db.AuditEntries.CountAsync(ct);
        var entries = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip(page * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return (entries.Select(ToRow).ToList(), total);
    }

    private static ChangeRow ToRow(AuditEntry a) =>
        new(a.Id, a.AtUtc, a.UserName, a.EntityType, a.EntityId, a.Action, a.Reason, AuditDiff.Between(a.BeforeJson, a.AfterJson));
}
