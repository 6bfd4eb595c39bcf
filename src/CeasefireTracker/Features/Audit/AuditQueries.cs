using CeasefireTracker.Data;
using CeasefireTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Features.Audit;

/// <summary>One audited change as the history and recent-changes views show it.</summary>
public sealed record ChangeRow(long Id, DateTime AtUtc, string UserName, string EntityType, int EntityId, AuditAction Action,
    string? Reason, IReadOnlyList<FieldChange> Changes);

public static class AuditQueries
{
    public static async Task<IReadOnlyList<ChangeRow>> HistoryAsync(IDbContextFactory<TrackerDbContext> factory, string entityType, int id,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == id)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .ToListAsync(ct);
        return entries.Select(ToRow).ToList();
    }

    public static async Task<(IReadOnlyList<ChangeRow> Rows, int Total)> RecentAsync(IDbContextFactory<TrackerDbContext> factory,
        int page, int pageSize, CancellationToken ct = default)
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
