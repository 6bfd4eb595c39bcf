using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Editing;

/// <summary>The batch write's audit entries (<see cref="AuditRows"/>) as the seed import writes them, through Data's <see cref="IRecordAudit"/>.</summary>
public sealed class RecordAudit : IRecordAudit
{
    public async Task<Guid> AuditCreatedAsync(TrackerDbContext db, IReadOnlyCollection<Entity> records, string actor, string reason,
        CancellationToken ct = default)
    {
        var operationId = Guid.NewGuid();
        var now = DateTime.UtcNow;
        using var audit = new AuditRows(db);
        await audit.WriteAsync(records.Select(record => RecordEditor.CreatedAuditOf(db.Entry(record), actor, reason, now, operationId)), ct);
        return operationId;
    }
}
