// TEMPORARY stand-in for the batch write path the "core" work (issue 9) adds to RecordEditor, with exactly the shape
// announced for it. Delete this file when that lands on main: RecordEditor's own instance methods then take over
// (an instance method wins over an extension of the same signature), and nothing else in the import changes.
using CeasefireTracker.Data;
using CeasefireTracker.Domain;
using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Features.Editing;

public sealed record RecordWrite(Entity Record, AuditAction Action);

public sealed record RecordError(int Index, string Property, string Message);

public sealed record OperationResult(bool Succeeded, Guid? OperationId, int Written, IReadOnlyList<RecordError> Errors, string? Message);

public static class PendingBatchWrite
{
    /// <summary>One validated, audited operation, all or nothing.</summary>
    public static async Task<OperationResult> ApplyAsync(this RecordEditor editor, IReadOnlyList<RecordWrite> writes, string reason,
        IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var (factory, user) = await Context(editor);
        if (user is null) return new OperationResult(false, null, 0, [], "Only analysts can change records. Sign in with an analyst account.");
        await using var db = await factory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var before = new string?[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            var (record, action) = writes[i];
            switch (action)
            {
                case AuditAction.Create:
                    db.Add(record);
                    break;
                default:
                    var entry = db.Attach(record);
                    var stored = await entry.GetDatabaseValuesAsync(ct);
                    if (stored is null) return new OperationResult(false, null, 0, [new RecordError(i, "", "The record no longer exists.")], null);
                    var original = stored.ToObject();
                    before[i] = RecordSnapshot.Capture(db.Entry(original));
                    db.Entry(original).State = EntityState.Detached;
                    entry.OriginalValues.SetValues(stored);
                    entry.Property(nameof(Entity.Version)).OriginalValue = record.Version;
                    if (action == AuditAction.Delete) record.IsDeleted = true;
                    entry.State = EntityState.Modified;
                    break;
            }
        }

        db.ChangeTracker.DetectChanges();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new OperationResult(false, null, 0, [], "Someone changed these records meanwhile; nothing was written.");
        }

        var errors = new List<RecordError>();
        for (var i = 0; i < writes.Count; i++)
        {
            if (writes[i].Action == AuditAction.Delete) continue;
            foreach (var (property, messages) in await RecordValidator.ValidateAsync(db, writes[i].Record, ct))
                errors.AddRange(messages.Select(m => new RecordError(i, property, m)));
            if (i % 1000 == 0) progress?.Report(i / 2);
        }

        if (errors.Count > 0) return new OperationResult(false, null, 0, errors, "Nothing was written: some records are not valid.");
        var operationId = Guid.NewGuid();
        var now = DateTime.UtcNow;
        for (var i = 0; i < writes.Count; i++)
        {
            var record = writes[i].Record;
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = now, UserName = user, EntityType = record.GetType().Name, EntityId = record.Id, Action = writes[i].Action,
                BeforeJson = before[i], AfterJson = RecordSnapshot.Capture(db.Entry(record)), Reason = reason, OperationId = operationId,
            });
            if (i % 1000 == 0) progress?.Report((writes.Count + i) / 2);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        progress?.Report(writes.Count);
        return new OperationResult(true, operationId, writes.Count, [], null);
    }

    /// <summary>Undoes every change of one operation, newest first, as one new operation.</summary>
    public static async Task<OperationResult> UndoOperationAsync(this RecordEditor editor, Guid operationId, string? reason = null, CancellationToken ct = default)
    {
        var (factory, user) = await Context(editor);
        if (user is null) return new OperationResult(false, null, 0, [], "Only analysts can change records. Sign in with an analyst account.");
        await using var db = await factory.CreateDbContextAsync(ct);
        var changes = await db.AuditEntries.AsNoTracking().Where(a => a.OperationId == operationId).OrderByDescending(a => a.Id).ToListAsync(ct);
        if (changes.Count == 0) return new OperationResult(false, null, 0, [], "No such operation.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var undoId = Guid.NewGuid();
        foreach (var change in changes)
        {
            var type = db.Model.GetEntityTypes().First(t => t.ClrType.Name == change.EntityType).ClrType;
            var record = (Entity?)await db.FindAsync(type, change.EntityId);
            if (record is null) continue;
            var entry = db.Entry(record);
            var before = RecordSnapshot.Capture(entry);
            if (change.Action == AuditAction.Create) record.IsDeleted = true;
            else if (change.BeforeJson is { } json) RecordSnapshot.Apply(json, entry);
            if (change.Action == AuditAction.Delete) record.IsDeleted = false;
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = DateTime.UtcNow, UserName = user, EntityType = change.EntityType, EntityId = change.EntityId, Action = AuditAction.Revert,
                BeforeJson = before, AfterJson = RecordSnapshot.Capture(entry), Reason = reason ?? $"Undo of operation {operationId}", OperationId = undoId,
            });
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new OperationResult(true, undoId, changes.Count, [], null);
    }

    private static async Task<(IDbContextFactory<TrackerDbContext> Factory, string? User)> Context(RecordEditor editor)
    {
        var fields = typeof(RecordEditor).GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
        var factory = (IDbContextFactory<TrackerDbContext>)fields.First(f => f.FieldType == typeof(IDbContextFactory<TrackerDbContext>)).GetValue(editor)!;
        var authentication = (AuthenticationStateProvider)fields.First(f => f.FieldType == typeof(AuthenticationStateProvider)).GetValue(editor)!;
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        return (factory, principal.Identity?.IsAuthenticated == true && principal.IsInRole(Roles.Analyst) ? principal.Identity.Name ?? "unnamed analyst" : null);
    }
}
