using System.Reflection;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CeasefireTracker.Features.Editing;

/// <summary>A live record that refers to the one being deleted.</summary>
public sealed record Dependent(string EntityType, int Id);

/// <summary>
/// The one way records are written. Each operation checks that the caller is an Analyst (in Blazor Server any
/// connected client can raise any event handler, so the check cannot live in which buttons are shown), validates,
/// refuses a save over a version the editor did not see, and writes the change and its audit entry in one
/// transaction: nothing is half saved and nothing is saved unaudited.
/// </summary>
public sealed partial class RecordEditor(
    IDbContextFactory<TrackerDbContext> factory, AuthenticationStateProvider authentication, ILogger<RecordEditor> logger)
{
    public const int ReasonMaxLength = 1000;

    public async Task<EditResult> CreateAsync(Entity record, string? reason = null, CancellationToken ct = default)
    {
        var type = record.GetType();
        var user = await AnalystAsync("Create", type);
        if (user is null) return Refused();
        if (ReasonError(reason) is { } reasonError) return reasonError;

        await using var db = await factory.CreateDbContextAsync(ct);
        var created = (Entity)Activator.CreateInstance(type)!;
        var entry = db.Entry(created);
        CopyEditable(record, entry);
        created.Version = Guid.NewGuid();
        db.Add(created);

        var errors = await RecordValidator.PrepareAsync(db, created, ct: ct);
        await SetPartiesAsync(db, entry, record, errors, ct);
        if (errors.Count > 0) return Invalid(errors, created);
        return await CommitAsync(db, user, [new Change(entry, AuditAction.Create, null)], reason, ct);
    }

    /// <summary>Saves <paramref name="edited"/> over the stored record if its <see cref="Entity.Version"/> is still current.</summary>
    public Task<EditResult> UpdateAsync(Entity edited, string? reason = null, CancellationToken ct = default) =>
        UpdateAsync(edited, reason, [], ct);

    private async Task<EditResult> UpdateAsync(Entity edited, string? reason, IReadOnlyList<QuoteFix> quoteFixes, CancellationToken ct)
    {
        var type = edited.GetType();
        var user = await AnalystAsync("Update", type);
        if (user is null) return Refused();
        if (ReasonError(reason) is { } reasonError) return reasonError;

        await using var db = await factory.CreateDbContextAsync(ct);
        var current = await LoadAsync(db, type, edited.Id, ct);
        if (current is null) return NotFound(type, edited.Id);
        if (current.IsDeleted) return EditResult.Invalid($"{Describe(type, edited.Id)} has been deleted; restore it before editing.");
        if (current.Version != edited.Version) return Conflict(current);

        var entry = db.Entry(current);
        await LoadLinksAsync(entry, ct);
        // Before any change, so the snapshot also holds the links (parties) as they were.
        var before = RecordSnapshot.Capture(entry);
        CopyEditable(edited, entry);
        var errors = await RecordValidator.PrepareAsync(db, current, ct: ct);
        await SetPartiesAsync(db, entry, edited, errors, ct);
        if (errors.Count > 0) return Invalid(errors, current);
        if (!entry.Properties.Any(p => p.IsModified)) return new EditResult(EditOutcome.Saved, current, Message: "Nothing changed.");
        // A source's new text: every quote citing it is found again, or the save is refused listing those that are not.
        var (moved, refusal) = await RequoteAsync(db, entry, quoteFixes, ct);
        if (refusal is not null) return refusal;
        return await CommitAsync(db, user, [new Change(entry, AuditAction.Update, before), .. moved], reason, ct);
    }

    /// <summary>
    /// Hides a record, restorably. Refused while live records refer to it, unless <paramref name="cascade"/> is asked
    /// for and those records have no dependents of their own (a ceasefire with its terms); each is audited.
    /// </summary>
    public Task<EditResult> DeleteAsync<T>(int id, Guid version, string? reason = null, bool cascade = false,
        CancellationToken ct = default) where T : Entity => DeleteAsync(typeof(T), id, version, reason, cascade, ct);

    public async Task<EditResult> DeleteAsync(Type type, int id, Guid version, string? reason = null, bool cascade = false,
        CancellationToken ct = default)
    {
        var user = await AnalystAsync("Delete", type);
        if (user is null) return Refused();
        if (ReasonError(reason) is { } reasonError) return reasonError;

        await using var db = await factory.CreateDbContextAsync(ct);
        var current = await LoadAsync(db, type, id, ct);
        if (current is null) return NotFound(type, id);
        if (current.IsDeleted) return EditResult.Invalid($"{Describe(type, id)} is already deleted.");
        if (current.Version != version) return Conflict(current);

        var dependents = await DependentsAsync(db, type, id, ct);
        var changes = new List<Change>();
        if (dependents.Count > 0)
        {
            var listing = DescribeAll(dependents);
            if (!cascade)
                return new EditResult(EditOutcome.HasDependents, current,
                    Message: $"{Describe(type, id)} is referred to by {listing}. Delete or change those first, or delete them together with it.");
            foreach (var dependent in dependents)
            {
                var childType = ClrType(db, dependent.EntityType);
                var nested = await DependentsAsync(db, childType, dependent.Id, ct);
                if (nested.Count > 0)
                    return new EditResult(EditOutcome.HasDependents, current,
                        Message: $"{Describe(childType, dependent.Id)} is itself referred to by {DescribeAll(nested)}; delete those first.");
                var child = await LoadAsync(db, childType, dependent.Id, ct);
                changes.Add(MarkDeleted(db.Entry(child!), true));
            }
        }

        changes.Insert(0, MarkDeleted(db.Entry(current), true));
        return await CommitAsync(db, user, changes, reason, ct);
    }

    public Task<EditResult> RestoreAsync<T>(int id, string? reason = null, CancellationToken ct = default) where T : Entity =>
        RestoreAsync(typeof(T), id, reason, ct);

    public async Task<EditResult> RestoreAsync(Type type, int id, string? reason = null, CancellationToken ct = default)
    {
        var user = await AnalystAsync("Restore", type);
        if (user is null) return Refused();
        if (ReasonError(reason) is { } reasonError) return reasonError;

        await using var db = await factory.CreateDbContextAsync(ct);
        var current = await LoadAsync(db, type, id, ct);
        if (current is null) return NotFound(type, id);
        if (!current.IsDeleted) return EditResult.Invalid($"{Describe(type, id)} is not deleted.");

        // What was deleted with it (a cumulative report with its increments) comes back with it, in one operation.
        var together = await DeletedWithAsync(db, type, id, ct);
        var lookup = new BatchReferenceLookup(db);
        lookup.WillExist(type, id, true);
        foreach (var record in together) lookup.WillExist(record.GetType(), record.Id, true);
        var changes = new List<Change> { MarkDeleted(db.Entry(current), false) };
        changes.AddRange(together.Select(r => MarkDeleted(db.Entry(r), false)));
        // A restored record must not point at deleted ones: those are restored first.
        foreach (var change in changes)
        {
            var errors = await RecordValidator.PrepareAsync(db, (Entity)change.Entry.Entity, lookup, ct);
            if (errors.Count > 0) return Invalid(errors, (Entity)change.Entry.Entity);
        }

        var result = await CommitAsync(db, user, changes, reason, ct);
        if (!result.Succeeded) return result;
        var message = together.Count == 0
            ? $"Restored {Lower(Describe(type, id))}."
            : $"Restored {Lower(Describe(type, id))} and {together.Count} {Plural("dependent", together.Count)}: " +
              string.Join(", ", together.Select(r => Lower(Describe(r.GetType(), r.Id)))) + ".";
        return result with { Message = message };
    }

    /// <summary>
    /// Records deleted in the same operation as the last deletion of this one that refer to it, and are still as that
    /// deletion left them (not restored or changed since).
    /// </summary>
    private static async Task<List<Entity>> DeletedWithAsync(TrackerDbContext db, Type type, int id, CancellationToken ct)
    {
        var deletion = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == type.Name && a.EntityId == id)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        if (deletion is not { Action: AuditAction.Delete, OperationId: { } operationId }) return [];
        var others = await db.AuditEntries.AsNoTracking()
            .Where(a => a.OperationId == operationId && a.Action == AuditAction.Delete && !(a.EntityType == type.Name && a.EntityId == id))
            .OrderBy(a => a.Id).ToListAsync(ct);
        var together = new List<Entity>();
        foreach (var other in others)
        {
            var otherType = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == other.EntityType);
            if (otherType is null || !otherType.GetForeignKeys().Any(k => k.PrincipalEntityType.ClrType == type)) continue;
            var changedSince = await db.AuditEntries.AnyAsync(a => a.EntityType == other.EntityType && a.EntityId == other.EntityId && a.Id > other.Id, ct);
            if (changedSince || await LoadAsync(db, otherType.ClrType, other.EntityId, ct) is not { IsDeleted: true } record) continue;
            var entry = db.Entry(record);
            if (otherType.GetForeignKeys().Any(k => k.PrincipalEntityType.ClrType == type && entry.Property(k.Properties[0].Name).CurrentValue is int key && key == id))
                together.Add(record);
        }

        return together;
    }

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>
    /// Puts back the values a record had right after the audited change <paramref name="auditEntryId"/> (or right
    /// before it, to undo it). Refused if the record changed since the analyst looked (<paramref name="expectedVersion"/>);
    /// itself audited.
    /// </summary>
    public async Task<EditResult> RevertAsync(long auditEntryId, Guid expectedVersion, string? reason = null, bool toBefore = false,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var audit = await db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(a => a.Id == auditEntryId, ct);
        var type = audit is null ? null : db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == audit.EntityType)?.ClrType;
        var user = await AnalystAsync("Revert", type ?? typeof(Entity));
        if (user is null) return Refused();
        if (ReasonError(reason) is { } reasonError) return reasonError;
        var note = Note($"Reverted to the version {(toBefore ? "before" : "after")} change #{auditEntryId}", reason);
        if (NoteError(note, "revert") is { } noteError) return EditResult.Invalid(noteError);
        if (audit is null || type is null) return new EditResult(EditOutcome.NotFound, Message: $"Change #{auditEntryId} does not exist.");
        var snapshot = toBefore ? audit.BeforeJson : audit.AfterJson;
        if (snapshot is null) return EditResult.Invalid($"Change #{auditEntryId} has no version {(toBefore ? "before" : "after")} it to go back to.");

        var current = await LoadAsync(db, type, audit.EntityId, ct);
        if (current is null) return NotFound(type, audit.EntityId);
        if (current.IsDeleted) return EditResult.Invalid($"{Describe(type, audit.EntityId)} is deleted; restore it first.");
        if (current.Version != expectedVersion) return Conflict(current);

        var entry = db.Entry(current);
        await LoadLinksAsync(entry, ct);
        var before = RecordSnapshot.Capture(entry);
        RecordSnapshot.Apply(snapshot, entry);
        var errors = await RecordValidator.PrepareAsync(db, current, ct: ct);
        if (errors.Count > 0) return Invalid(errors, current);
        if (!entry.Properties.Any(p => p.IsModified)) return EditResult.Invalid("The record already has the values of that version.");

        // A source's text put back: its quotes are found again in it, as on any change of the text.
        var (moved, refusal) = await RequoteAsync(db, entry, [], ct);
        if (refusal is not null) return refusal;
        return await CommitAsync(db, user, [new Change(entry, AuditAction.Revert, before), .. moved], note.Text, ct);
    }

    /// <summary>Live records that refer to a record, so a delete dialog can say what a cascade would take with it.</summary>
    public async Task<IReadOnlyList<Dependent>> DependentsAsync(Type type, int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await DependentsAsync(db, type, id, ct);
    }

    public static string DescribeAll(IEnumerable<Dependent> dependents) => string.Join(", ", dependents
        .GroupBy(d => d.EntityType)
        .Select(g => $"{g.Count()} {Plural(RecordValidator.Label(g.Key).ToLowerInvariant(), g.Count())} ({string.Join(", ", g.Select(d => $"#{d.Id}"))})"));

    public static string Describe(Type type, int id) => $"{RecordValidator.Label(type.Name)} #{id}";

    private sealed record Change(EntityEntry Entry, AuditAction Action, string? Before);

    private async Task<EditResult> CommitAsync(TrackerDbContext db, string user, IReadOnlyList<Change> changes, string? reason, CancellationToken ct)
    {
        foreach (var change in changes.Where(c => c.Action != AuditAction.Create))
            change.Entry.Property(nameof(Entity.Version)).OriginalValue = ((Entity)change.Entry.Entity).Version;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the version check in the UPDATE caught it.
            await transaction.RollbackAsync(ct);
            var stale = (Entity)changes[0].Entry.Entity;
            await using var fresh = await factory.CreateDbContextAsync(ct);
            var current = await LoadAsync(fresh, stale.GetType(), stale.Id, ct);
            return current is null ? new EditResult(EditOutcome.NotFound, Message: "The record no longer exists.") : Conflict(current);
        }

        var now = DateTime.UtcNow;
        var operationId = Guid.NewGuid();
        foreach (var change in changes)
        {
            var record = (Entity)change.Entry.Entity;
            db.AuditEntries.Add(AuditOf(change, user, reason, now, operationId));
            logger.LogInformation("{UserName} {Action} {EntityType} #{EntityId}", user, change.Action, record.GetType().Name, record.Id);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var saved = (Entity)changes[0].Entry.Entity;
        return new EditResult(EditOutcome.Saved, saved) { Warnings = await WarningsAsync(db, saved, ct) };
    }

    private static Change MarkDeleted(EntityEntry entry, bool deleted)
    {
        var before = RecordSnapshot.Capture(entry);
        ((Entity)entry.Entity).IsDeleted = deleted;
        return new Change(entry, deleted ? AuditAction.Delete : AuditAction.Restore, before);
    }

    private static void CopyEditable(Entity from, EntityEntry to)
    {
        foreach (var property in to.Metadata.GetProperties())
        {
            if (property.IsShadowProperty() || RecordValidator.Bookkeeping.Contains(property.Name)) continue;
            var value = property.GetGetter().GetClrValue(from);
            var target = to.Property(property.Name);
            if (!Equals(target.CurrentValue, value)) target.CurrentValue = value;
        }
    }

    private async Task<string?> AnalystAsync(string operation, Type type)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Analyst))
        {
            // A tab left open after a sign-out elsewhere must stop writing now, not at the circuit's next revalidation.
            if (authentication is not IdentityRevalidatingAuthenticationStateProvider identity || await identity.StillSignedInAsync(user))
                return user.Identity.Name ?? "unnamed analyst";
            logger.LogWarning("{Operation} of {EntityType} refused to {UserName}: signed out since the page opened",
                operation, type.Name, user.Identity.Name);
            return null;
        }

        logger.LogWarning("{Operation} of {EntityType} refused to {UserName}: not an analyst",
            operation, type.Name, user.Identity?.Name ?? "an anonymous user");
        return null;
    }

    private static EditResult NotFound(Type type, int id) => new(EditOutcome.NotFound, Message: $"{Describe(type, id)} does not exist.");

    private static EditResult Refused() =>
        new(EditOutcome.Forbidden, Message: "Only analysts can change records. Sign in with an analyst account.");

    private static EditResult Conflict(Entity current) =>
        new(EditOutcome.Conflict, Current: current,
            Message: "Someone else saved this record after you opened it. Compare the versions, then reload theirs or overwrite it with yours.");

    private static EditResult Invalid(Dictionary<string, List<string>> errors, Entity record) =>
        new(EditOutcome.Invalid, record, Errors: errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value));

    private static EditResult? ReasonError(string? reason) => reason?.Length > ReasonMaxLength
        ? new EditResult(EditOutcome.Invalid, Errors: new Dictionary<string, IReadOnlyList<string>>
            { ["Reason"] = [$"The reason is too long: {reason.Length:N0} characters, at most {ReasonMaxLength:N0}."] })
        : null;

    /// <summary>An audit note that names what was done, then the analyst's reason.</summary>
    private static (string Prefix, string Text) Note(string prefix, string? reason) =>
        (prefix, prefix + (string.IsNullOrWhiteSpace(reason) ? "" : $": {reason.Trim()}"));

    /// <summary>
    /// The note is stored whole (the column holds <see cref="ReasonMaxLength"/>), so a reason that would push it over is
    /// refused with the length it may have, never cut.
    /// </summary>
    private static string? NoteError((string Prefix, string Text) note, string what) => note.Text.Length > ReasonMaxLength
        ? $"The reason is too long: {note.Text.Length - note.Prefix.Length - 2:N0} characters, at most {ReasonMaxLength - note.Prefix.Length - 2:N0} for {(what == "undo" ? "an" : "a")} {what} (its note begins with \"{note.Prefix}: \")."
        : null;

    private static string Plural(string noun, int count) =>
        count == 1 ? noun : noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s";

    private static Type ClrType(TrackerDbContext db, string name) =>
        db.Model.GetEntityTypes().First(t => t.ClrType.Name == name).ClrType;

    private static async Task<List<Dependent>> DependentsAsync(TrackerDbContext db, Type type, int id, CancellationToken ct)
    {
        var dependents = new List<Dependent>();
        foreach (var foreignKey in db.Model.FindEntityType(type)!.GetReferencingForeignKeys())
        {
            var declaring = foreignKey.DeclaringEntityType;
            // Many-to-many link rows (ceasefire parties, event parties) are not records of their own.
            if (!typeof(Entity).IsAssignableFrom(declaring.ClrType)) continue;
            var table = declaring.GetTableName();
            var column = foreignKey.Properties[0].GetColumnName();
            // Table and column names come from the EF model, never from input; the id is a parameter.
            var sql = $"SELECT \"Id\" AS \"Value\" FROM \"{table}\" WHERE \"{column}\" = {{0}} AND NOT \"IsDeleted\"";
            // A record that names itself (a party as its own parent) does not block its own deletion.
            if (declaring.ClrType == type) sql += " AND \"Id\" <> {0}";
            var ids = await db.Database.SqlQueryRaw<int>(sql, id).ToListAsync(ct);
            dependents.AddRange(ids.Order().Select(d => new Dependent(declaring.ClrType.Name, d)));
        }

        return dependents;
    }

    private static Task<Entity?> LoadAsync(TrackerDbContext db, Type type, int id, CancellationToken ct) =>
        (Task<Entity?>)LoadMethod.MakeGenericMethod(type).Invoke(null, [db, id, ct])!;

    private static readonly MethodInfo LoadMethod =
        typeof(RecordEditor).GetMethod(nameof(LoadOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static async Task<Entity?> LoadOf<T>(TrackerDbContext db, int id, CancellationToken ct) where T : Entity =>
        await db.Set<T>().IgnoreQueryFilters().SingleOrDefaultAsync(e => e.Id == id, ct);
}
