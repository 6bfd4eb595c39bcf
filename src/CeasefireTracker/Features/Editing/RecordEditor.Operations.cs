using CeasefireTracker.Data;
using CeasefireTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CeasefireTracker.Features.Editing;

// Batch writes (imports, ingestion, the write API) and their undo: one transaction, one OperationId, all or nothing.
public sealed partial class RecordEditor
{
    /// <summary>Records saved per SaveChanges inside the one transaction; the change tracker is cleared between chunks.</summary>
    public const int ChunkSize = 1000;

    /// <summary>Past this many problems a batch stops checking: the writer has enough to fix.</summary>
    public const int MaxErrors = 200;

    private enum StepKind { Create, Update, Delete, Return }

    /// <summary>One write to make: <see cref="StepKind.Return"/> puts a record back as a snapshot had it (undo).</summary>
    private sealed record Step(int Index, StepKind Kind, Type Type, int Id, Guid? Version,
        Entity? Values = null, string? Snapshot = null, bool Deleted = false);

    /// <summary>
    /// Writes every record of <paramref name="writes"/> through the one validator in one transaction, all sharing
    /// one OperationId, or writes nothing and lists every problem by its index. New records may refer to each other
    /// through navigation properties (a new party and the reports it makes); once saved, each created record's input gets its Id and Version.
    /// <paramref name="operationId"/>, when given, is the operation's id: a writer that notes it beforehand (an import
    /// run) can tell after a crash whether the operation was committed.
    /// </summary>
    public async Task<OperationResult> ApplyAsync(IReadOnlyList<RecordWrite> writes, string reason, IProgress<int>? progress = null,
        CancellationToken ct = default, Guid? operationId = null)
    {
        var user = await AnalystAsync("Apply", typeof(Entity));
        if (user is null) return OperationResult.Failed(RefusedMessage);
        if (reason?.Length > ReasonMaxLength) return OperationResult.Failed(ReasonTooLong(reason.Length));

        var errors = new List<RecordError>();
        var steps = StepsOf(writes, 0, errors);
        if (errors.Count > 0) return Failure(errors);
        return await RunAsync(user, One(steps), reason, progress, ct, operationId);
    }

    /// <summary>
    /// <see cref="ApplyAsync"/> for writes that come in batches (an import of 100,000 rows): still one transaction and
    /// one operation, all or nothing, every record through the one validator, but only one batch is held at a time.
    /// A batch may refer by navigation to records created in an earlier one. Indexes in errors count from the first
    /// write of the first batch. An exception thrown by <paramref name="batches"/> rolls everything back.
    /// </summary>
    public async Task<OperationResult> ApplyStreamAsync(IAsyncEnumerable<IReadOnlyList<RecordWrite>> batches, string reason,
        IProgress<int>? progress = null, CancellationToken ct = default, Guid? operationId = null)
    {
        var user = await AnalystAsync("Apply", typeof(Entity));
        if (user is null) return OperationResult.Failed(RefusedMessage);
        if (reason?.Length > ReasonMaxLength) return OperationResult.Failed(ReasonTooLong(reason.Length));
        var errors = new List<RecordError>();
        return await RunAsync(user, Steps(batches, errors, ct), reason, progress, ct, operationId, errors);
    }

    /// <summary>
    /// The batch write for an unattended writer (the seed import, through <see cref="SystemRecordWriter"/>): no analyst
    /// signs in, <paramref name="actor"/> is who the audit names. New records only, inside the transaction the caller
    /// opened on <paramref name="db"/> and commits (a refusal rolls it back); everything else as <see cref="ApplyAsync"/>.
    /// </summary>
    internal static async Task<OperationResult> CreateAsSystemAsync(TrackerDbContext db, string actor, IReadOnlyList<Entity> records,
        string reason, ILogger logger, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(actor)) throw new ArgumentException("A system write names its actor.", nameof(actor));
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A system write runs inside its caller's transaction, which the caller commits.");
        if (reason.Length > ReasonMaxLength) return OperationResult.Failed(ReasonTooLong(reason.Length));
        var errors = new List<RecordError>();
        var steps = StepsOf([.. records.Select(r => new RecordWrite(r, AuditAction.Create))], 0, errors);
        if (errors.Count > 0) return Failure(errors);
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            return await RunAsync(db, actor, One(steps), reason, null, ct, null, logger);
        }
        finally
        {
            // The caller's context goes back to its own settings.
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static async IAsyncEnumerable<List<Step>> Steps(IAsyncEnumerable<IReadOnlyList<RecordWrite>> batches, List<RecordError> errors,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var offset = 0;
        await foreach (var batch in batches.WithCancellation(ct))
        {
            var steps = StepsOf(batch, offset, errors);
            offset += batch.Count;
            if (errors.Count > 0) yield break;
            yield return steps;
        }
    }

#pragma warning disable CS1998 // One batch, already at hand.
    private static async IAsyncEnumerable<List<Step>> One(List<Step> steps)
#pragma warning restore CS1998
    {
        yield return steps;
    }

    private static List<Step> StepsOf(IReadOnlyList<RecordWrite> writes, int offset, List<RecordError> errors)
    {
        var steps = new List<Step>(writes.Count);
        for (var n = 0; n < writes.Count; n++)
        {
            var (i, write) = (offset + n, writes[n]);
            if (write?.Record is null) { errors.Add(new RecordError(i, "", "The write has no record.")); continue; }
            var record = write.Record;
            switch (write.Action)
            {
                case AuditAction.Create: steps.Add(new Step(i, StepKind.Create, record.GetType(), 0, null, record)); break;
                case AuditAction.Update: steps.Add(new Step(i, StepKind.Update, record.GetType(), record.Id, record.Version, record)); break;
                case AuditAction.Delete: steps.Add(new Step(i, StepKind.Delete, record.GetType(), record.Id, record.Version)); break;
                default: errors.Add(new RecordError(i, "", $"“{write.Action}” is not a write of its own; use Create, Update or Delete.")); break;
            }
        }

        return steps;
    }

    /// <summary>
    /// Reverts every change of operation <paramref name="operationId"/> as one new audited operation: created records
    /// are deleted, updated ones get their values from before, deleted ones are restored. Refused, listing them, when
    /// any of its records was changed since.
    /// </summary>
    public async Task<OperationResult> UndoOperationAsync(Guid operationId, string? reason = null, CancellationToken ct = default)
    {
        var user = await AnalystAsync("Undo", typeof(Entity));
        if (user is null) return OperationResult.Failed(RefusedMessage);
        if (reason?.Length > ReasonMaxLength) return OperationResult.Failed(ReasonTooLong(reason.Length));
        var note = Note($"Undo of operation {operationId}", reason);
        if (NoteError(note, "undo") is { } noteError) return OperationResult.Failed(noteError);

        List<AuditEntry> entries;
        List<AuditEntry> later;
        var types = new Dictionary<string, Type>();
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            entries = await db.AuditEntries.AsNoTracking().Where(a => a.OperationId == operationId).OrderBy(a => a.Id).ToListAsync(ct);
            if (entries.Count == 0) return OperationResult.Failed($"There is no operation {operationId}.");
            var first = entries[0].Id;
            later = await db.AuditEntries.AsNoTracking().Where(a => a.Id > first && a.OperationId != operationId).OrderBy(a => a.Id).ToListAsync(ct);
            foreach (var entityType in db.Model.GetEntityTypes()) types.TryAdd(entityType.ClrType.Name, entityType.ClrType);
        }

        var records = entries.GroupBy(a => (a.EntityType, a.EntityId)).ToList();
        var position = records.Select((g, i) => (g.Key, i)).ToDictionary(p => p.Key, p => p.i);
        var changedSince = later.Where(a => position.ContainsKey((a.EntityType, a.EntityId)))
            .GroupBy(a => (a.EntityType, a.EntityId))
            .Select(g => new RecordError(position[g.Key], "",
                $"{Label(g.Key.EntityType)} #{g.Key.EntityId} was changed since by {g.Last().UserName} ({g.Last().Action}, {g.Last().AtUtc:yyyy-MM-dd HH:mm} UTC)."))
            .OrderBy(e => e.Index).ToList();
        if (changedSince.Count > 0)
            return Failure(changedSince, $"The operation cannot be undone: {changedSince.Count} of its records changed since. " +
                "Undo or correct those changes first: " + string.Join(" ", changedSince.Select(e => e.Message)));

        var steps = new List<Step>(records.Count);
        foreach (var (group, index) in records.Select((g, i) => (g, i)))
        {
            if (!types.TryGetValue(group.Key.EntityType, out var type))
                return Failure([new RecordError(index, "", $"{group.Key.EntityType} is not a stored record type.")]);
            var first = group.First();
            // The record as it was before the operation's first change to it; a record the operation created did not exist.
            var deletedBefore = first.Action == AuditAction.Create || WasDeleted(first.BeforeJson);
            steps.Add(new Step(index, StepKind.Return, type, group.Key.EntityId, null, Snapshot: first.BeforeJson, Deleted: deletedBefore));
        }

        return await RunAsync(user, One(steps), note.Text, null, ct, null);
    }

    private async Task<OperationResult> RunAsync(string user, IAsyncEnumerable<List<Step>> batches, string? reason, IProgress<int>? progress,
        CancellationToken ct, Guid? givenOperationId, List<RecordError>? errors = null)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await RunAsync(db, user, batches, reason, progress, ct, givenOperationId, logger, errors);
    }

    /// <summary>
    /// The one batch write: in a transaction of its own, or in the one <paramref name="db"/> already has (a system
    /// writer's, which adds its own rows and commits), rolled back, either way, when any write is refused.
    /// </summary>
    private static async Task<OperationResult> RunAsync(TrackerDbContext db, string user, IAsyncEnumerable<List<Step>> batches, string? reason,
        IProgress<int>? progress, CancellationToken ct, Guid? givenOperationId, ILogger logger, List<RecordError>? errors = null)
    {
        var joined = db.Database.CurrentTransaction;
        // Changes are looked for once per chunk, just before its save (below), instead of on every Entry, Collection
        // and save: the records' save and their audit entries' save each scanned the whole chunk (profiled, an import).
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // The stream of a batch write adds the problems of its writes here too: any of them refuses the whole write.
        errors ??= [];
        var lookup = new BatchReferenceLookup(db);
        // Input -> the record it became. Weak keys: a batch's inputs (and their records) are collected once the writer
        // lets go of them, while records later batches refer to (a new conflict, party, source) stay known.
        var written = new System.Runtime.CompilerServices.ConditionalWeakTable<Entity, Entity>();
        var changedOrDeleted = new HashSet<(Type, int)>();
        var deleted = new Dictionary<(Type, int), int>();
        var operationId = givenOperationId ?? Guid.NewGuid();
        var now = DateTime.UtcNow;
        var count = 0;
        var done = 0;
        // Sources whose text the batch changes: their quotes outside the batch are placed again at the end.
        var newTexts = new Dictionary<int, (string Old, string New, int Index)>();

        // A page cache and statement journals in memory for the one long transaction (LongWriteSettings: measured); they
        // cannot be set inside a transaction, so a joined one runs with its connection as the caller set it.
        await using var settings = joined is null ? await LongWriteSettings.ApplyAsync(db, ct) : null;
        // Prepared statements of the open connection: declared after it is opened, so they are finalized before it closes.
        using var audit = new AuditRows(db);
        using var rows = new NewRecordRows(db);
        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): nobody writes between our version checks and our save.
        await using var own = joined is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var transaction = joined ?? own!;
        try
        {
            await foreach (var batch in batches.WithCancellation(ct))
            {
                foreach (var step in batch)
                    if (db.Model.FindEntityType(step.Type) is null || !typeof(Entity).IsAssignableFrom(step.Type))
                        errors.Add(new RecordError(step.Index, "", $"{step.Type.Name} is not a stored record type."));
                if (errors.Count > 0) break;
                var steps = InDependencyOrder(db, batch);
                foreach (var step in steps)
                {
                    if (step.Kind == StepKind.Delete) lookup.WillExist(step.Type, step.Id, false);
                    else if (step.Kind == StepKind.Return) lookup.WillExist(step.Type, step.Id, !step.Deleted);
                    if (step.Kind != StepKind.Create) changedOrDeleted.Add((step.Type, step.Id));
                }

                foreach (var chunk in steps.Chunk(ChunkSize))
                {
                    var stored = await LoadAsync(db, chunk, ct);
                    var changes = new List<Change>(chunk.Length);
                    foreach (var step in chunk)
                    {
                        var change = await PrepareAsync(db, step, stored, written, lookup, errors, ct);
                        if (change is null) continue;
                        changes.Add(change);
                        if (change.Entry.Entity is Source source && change.Action != AuditAction.Create
                            && change.Entry.Property(nameof(Source.FullText)).IsModified)
                            newTexts[source.Id] = ((string)change.Entry.Property(nameof(Source.FullText)).OriginalValue!, source.FullText, step.Index);
                        if (change.Action == AuditAction.Delete) deleted[(step.Type, step.Id)] = step.Index;
                    }

                    if (errors.Count == 0 && changes.Count > 0)
                    {
                        // Values the validator derived and links set on the objects become changes here.
                        db.ChangeTracker.DetectChanges();
                        // New records (an import's) through prepared inserts on SQLite; a chunk with any other change through EF's save.
                        await db.SaveNewAsync(rows, [.. changes.Where(c => c.Action == AuditAction.Create).Select(c => c.Entry)], ct);
                        await audit.WriteAsync(changes.Select(change => AuditOf(change, user, reason, now, operationId)), ct);
                        count += changes.Count;
                    }

                    if (errors.Count >= MaxErrors) break;
                    db.ChangeTracker.Clear();
                    lookup.ChunkSaved();
                    done += chunk.Length;
                    progress?.Report(done);
                }

                // A stream's later batches would only add to the problems of a write that is refused anyway.
                if (errors.Count > 0) break;
            }

            if (errors.Count == 0) count += await RequoteOutsideAsync(db, audit, newTexts, changedOrDeleted, errors, user, reason, now, operationId, ct);
            if (errors.Count == 0) errors.AddRange(await StillReferredAsync(db, deleted, ct));
        }
        catch (DbUpdateConcurrencyException)
        {
            errors.Add(new RecordError(-1, "", "Someone else saved some of these records while this operation ran."));
        }

        if (errors.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            logger.LogWarning("Operation of {Count} writes by {UserName} refused: {ErrorCount} problems", done, user, errors.Count);
            return Failure(errors);
        }

        if (own is not null) await own.CommitAsync(ct);
        // The writer's own objects learn the ids of the records they became (ingestion links its session to its source).
        foreach (var (input, record) in written)
        {
            input.Id = record.Id;
            input.Version = record.Version;
        }

        logger.LogInformation("{UserName} wrote {Written} records as operation {OperationId}", user, count, operationId);
        return new OperationResult(true, operationId, count, [], count == 0 ? "Nothing changed." : $"Saved {count:N0} {(count == 1 ? "record" : "records")}.");
    }

    private static async Task<Change?> PrepareAsync(TrackerDbContext db, Step step, Dictionary<(Type, int), Entity> stored,
        System.Runtime.CompilerServices.ConditionalWeakTable<Entity, Entity> written, BatchReferenceLookup lookup, List<RecordError> errors,
        CancellationToken ct)
    {
        EntityEntry entry;
        string? before = null;
        AuditAction action;
        if (step.Kind == StepKind.Create)
        {
            var record = (Entity)Activator.CreateInstance(step.Type)!;
            entry = db.Entry(record);
            entry.CurrentValues.SetValues(step.Values!);
            // The store keeps these; an import's ExternalId is the one bookkeeping value a writer gives.
            record.Id = 0;
            record.Version = Guid.NewGuid();
            record.IsDeleted = false;
            record.CreatedAtUtc = default;
            record.UpdatedAtUtc = default;
            written.AddOrUpdate(step.Values!, record);
            lookup.Created(record);
            db.Add(record);
            action = AuditAction.Create;
        }
        else
        {
            var name = Describe(step.Type, step.Id);
            if (!stored.TryGetValue((step.Type, step.Id), out var current))
            {
                errors.Add(new RecordError(step.Index, "", $"{name} does not exist."));
                return null;
            }

            if (step.Version is { } version && current.Version != version)
            {
                errors.Add(new RecordError(step.Index, "", $"{name} was changed by someone else after it was read; read it again."));
                return null;
            }

            entry = db.Entry(current);
            // Links a write sets (an event's parties) are in the snapshot as they were, so undo puts them back.
            if (step.Values is IHasParties { PartyIds: not null }) await LoadLinksAsync(entry, ct);
            before = RecordSnapshot.Capture(entry);
            switch (step.Kind)
            {
                case StepKind.Update when current.IsDeleted:
                    errors.Add(new RecordError(step.Index, "", $"{name} has been deleted; restore it before editing."));
                    return null;
                case StepKind.Update:
                    entry.CurrentValues.SetValues(step.Values!);
                    foreach (var property in RecordValidator.Bookkeeping)
                    {
                        var value = entry.Property(property);
                        value.CurrentValue = value.OriginalValue;
                        value.IsModified = false;
                    }

                    action = AuditAction.Update;
                    break;
                case StepKind.Delete when current.IsDeleted:
                    errors.Add(new RecordError(step.Index, "", $"{name} is already deleted."));
                    return null;
                case StepKind.Delete:
                    entry.Property(nameof(Entity.IsDeleted)).CurrentValue = true;
                    return new Change(entry, AuditAction.Delete, before);
                default:
                    if (step.Snapshot is not null) RecordSnapshot.Apply(step.Snapshot, entry);
                    action = current.IsDeleted == step.Deleted ? AuditAction.Revert : step.Deleted ? AuditAction.Delete : AuditAction.Restore;
                    // Through the entry, so the change counts as a modification before the save's own detection.
                    entry.Property(nameof(Entity.IsDeleted)).CurrentValue = step.Deleted;
                    if (step.Deleted) return entry.Properties.Any(p => p.IsModified) ? new Change(entry, action, before) : null;
                    break;
            }
        }

        if (step.Values is not null && !ResolveReferences(db, entry, step.Values, written, step.Index, errors)) return null;
        foreach (var (property, messages) in await RecordValidator.PrepareAsync(db, (Entity)entry.Entity, lookup, ct))
            foreach (var message in messages)
                errors.Add(new RecordError(step.Index, property, message));
        if (step.Values is IHasParties input) await LinkBatchPartiesAsync(db, entry, input, written, lookup, step.Index, errors, ct);

        if (entry.Entity is Source source && step.Kind != StepKind.Create) lookup.SourceText(source.Id, source.FullText);
        if (action != AuditAction.Create && !entry.Properties.Any(p => p.IsModified)) return null;
        return new Change(entry, action, before);
    }

    /// <summary>
    /// A reference a writer made through a navigation (to a record new in the batch, or to a stored one) becomes the
    /// foreign key, or, while the new record waits in the same chunk, a navigation EF fixes up on save.
    /// </summary>
    private static bool ResolveReferences(TrackerDbContext db, EntityEntry entry, Entity input,
        System.Runtime.CompilerServices.ConditionalWeakTable<Entity, Entity> written, int index, List<RecordError> errors)
    {
        foreach (var foreignKey in entry.Metadata.GetForeignKeys())
        {
            if (foreignKey.DependentToPrincipal is not { } navigation) continue;
            var key = entry.Property(foreignKey.Properties[0].Name);
            if (key.CurrentValue is int id && id != 0) continue;
            if (navigation.GetGetter().GetClrValue(input) is not Entity target) continue;
            if (written.TryGetValue(target, out var writtenTarget))
            {
                if (writtenTarget.Id > 0) key.CurrentValue = writtenTarget.Id;
                else entry.Reference(navigation.Name).CurrentValue = writtenTarget;
            }
            else if (target.Id > 0) key.CurrentValue = target.Id;
            else
            {
                errors.Add(new RecordError(index, key.Metadata.Name,
                    $"{RecordValidator.Label(key.Metadata.Name)} refers to a new {RecordValidator.Label(navigation.TargetEntityType.ClrType.Name).ToLowerInvariant()} that is not part of this save."));
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes that refer to a new record come after the write that creates it; the rest keep their order.</summary>
    private static List<Step> InDependencyOrder(TrackerDbContext db, List<Step> steps)
    {
        var creating = new Dictionary<Entity, Step>(ReferenceEqualityComparer.Instance);
        foreach (var step in steps.Where(s => s.Kind == StepKind.Create)) creating[step.Values!] = step;
        if (creating.Count == 0) return steps;
        var ordered = new List<Step>(steps.Count);
        var visited = new HashSet<Step>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(Step Step, bool Expanded)>();
        foreach (var root in steps)
        {
            pending.Push((root, false));
            while (pending.Count > 0)
            {
                var (step, expanded) = pending.Pop();
                if (expanded) { ordered.Add(step); continue; }
                if (!visited.Add(step)) continue;
                pending.Push((step, true));
                if (step.Values is null) continue;
                foreach (var foreignKey in db.Model.FindEntityType(step.Type)!.GetForeignKeys())
                    if (foreignKey.DependentToPrincipal?.GetGetter().GetClrValue(step.Values) is Entity target
                        && creating.TryGetValue(target, out var creator) && !visited.Contains(creator))
                        pending.Push((creator, false));
                // An event or a ceasefire linked to a party new in the same batch comes after it too.
                if (step.Values is IHasParties { Parties: { Count: > 0 } parties })
                    foreach (var party in parties)
                        if (creating.TryGetValue(party, out var creator) && !visited.Contains(creator))
                            pending.Push((creator, false));
            }
        }

        return ordered;
    }

    private static async Task<Dictionary<(Type, int), Entity>> LoadAsync(TrackerDbContext db, IEnumerable<Step> chunk, CancellationToken ct)
    {
        var stored = new Dictionary<(Type, int), Entity>();
        foreach (var group in chunk.Where(s => s.Kind != StepKind.Create).GroupBy(s => s.Type))
        {
            var ids = group.Select(s => s.Id).Distinct().ToList();
            var records = await (Task<List<Entity>>)LoadManyMethod.MakeGenericMethod(group.Key).Invoke(null, [db, ids, ct])!;
            foreach (var record in records) stored[(group.Key, record.Id)] = record;
        }

        return stored;
    }

    private static readonly System.Reflection.MethodInfo LoadManyMethod =
        typeof(RecordEditor).GetMethod(nameof(LoadManyOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static async Task<List<Entity>> LoadManyOf<T>(TrackerDbContext db, List<int> ids, CancellationToken ct) where T : Entity =>
        [.. await db.Set<T>().IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).ToListAsync(ct)];

    /// <summary>Deleted records that live records (outside the operation) still refer to, one query per reference.</summary>
    private static async Task<List<RecordError>> StillReferredAsync(TrackerDbContext db, Dictionary<(Type, int), int> deleted, CancellationToken ct)
    {
        var errors = new List<RecordError>();
        foreach (var byType in deleted.GroupBy(d => d.Key.Item1))
        {
            var dependents = new Dictionary<int, List<Dependent>>();
            foreach (var foreignKey in db.Model.FindEntityType(byType.Key)!.GetReferencingForeignKeys())
            {
                var declaring = foreignKey.DeclaringEntityType;
                if (!typeof(Entity).IsAssignableFrom(declaring.ClrType)) continue;
                var property = foreignKey.Properties[0];
                var query = (property.ClrType == typeof(int) ? ReferringIntMethod : ReferringNullableMethod).MakeGenericMethod(declaring.ClrType);
                foreach (var ids in byType.Select(d => d.Key.Item2).Chunk(10_000))
                {
                    var rows = await (Task<List<(int Id, int PrincipalId)>>)query.Invoke(null, [db, property.Name, ids, declaring.ClrType == byType.Key, ct])!;
                    foreach (var (dependentId, principalId) in rows)
                    {
                        if (!dependents.TryGetValue(principalId, out var list)) dependents[principalId] = list = [];
                        list.Add(new Dependent(declaring.ClrType.Name, dependentId));
                    }
                }
            }

            foreach (var (id, list) in dependents)
                errors.Add(new RecordError(deleted[(byType.Key, id)], "",
                    $"{Describe(byType.Key, id)} is still referred to by {DescribeAll(list)}; delete those in the same operation or change them first."));
        }

        return errors;
    }

    private static readonly System.Reflection.MethodInfo ReferringIntMethod =
        typeof(RecordEditor).GetMethod(nameof(ReferringInt), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static readonly System.Reflection.MethodInfo ReferringNullableMethod =
        typeof(RecordEditor).GetMethod(nameof(ReferringNullable), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    // LINQ rather than SQL so both providers run it; the query filter already leaves deleted dependents out.
    private static async Task<List<(int Id, int PrincipalId)>> ReferringInt<T>(TrackerDbContext db, string property, int[] ids, bool self,
        CancellationToken ct) where T : Entity
    {
        var rows = await db.Set<T>().Where(e => ids.Contains(EF.Property<int>(e, property)) && (!self || e.Id != EF.Property<int>(e, property)))
            .Select(e => new { e.Id, PrincipalId = EF.Property<int>(e, property) }).ToListAsync(ct);
        return rows.ConvertAll(r => (r.Id, r.PrincipalId));
    }

    private static async Task<List<(int Id, int PrincipalId)>> ReferringNullable<T>(TrackerDbContext db, string property, int[] ids, bool self,
        CancellationToken ct) where T : Entity
    {
        var rows = await db.Set<T>().Where(e => ids.Contains(EF.Property<int?>(e, property)!.Value) && (!self || e.Id != EF.Property<int?>(e, property)))
            .Select(e => new { e.Id, PrincipalId = EF.Property<int?>(e, property)!.Value }).ToListAsync(ct);
        return rows.ConvertAll(r => (r.Id, r.PrincipalId));
    }

    /// <summary>
    /// The quotes citing a source whose text the batch changed, other than the batch's own records (already placed in
    /// the new text), move with it under the same operation; those it loses are the source write's errors.
    /// </summary>
    private static async Task<int> RequoteOutsideAsync(TrackerDbContext db, AuditRows audit, Dictionary<int, (string Old, string New, int Index)> newTexts,
        HashSet<(Type, int)> inBatch, List<RecordError> errors, string user, string? reason, DateTime now, Guid operationId, CancellationToken ct)
    {
        var moved = 0;
        foreach (var (sourceId, (oldText, newText, index)) in newTexts)
        {
            var (changes, broken) = await PlaceCitingAsync(db, sourceId, oldText, newText, [], e => inBatch.Contains((e.GetType(), e.Id)), ct);
            errors.AddRange(broken.Select(b => new RecordError(index, nameof(Source.FullText), $"{b.Label} “{b.Quote}”: {b.Problem}")));
            if (broken.Count == 0 && changes.Count > 0)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                await audit.WriteAsync(changes.Select(change => AuditOf(change, user, reason, now, operationId)), ct);
                moved += changes.Count;
            }

            db.ChangeTracker.Clear();
        }

        return moved;
    }

    private static AuditEntry AuditOf(Change change, string user, string? reason, DateTime now, Guid operationId)
    {
        var record = (Entity)change.Entry.Entity;
        return new AuditEntry
        {
            AtUtc = now,
            UserName = user,
            EntityType = record.GetType().Name,
            EntityId = record.Id,
            Action = change.Action,
            BeforeJson = change.Before,
            AfterJson = RecordSnapshot.Capture(change.Entry),
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            OperationId = operationId,
        };
    }

    private static bool WasDeleted(string? snapshot) =>
        RecordSnapshot.Read(snapshot).TryGetValue(nameof(Entity.IsDeleted), out var value) && value == "true";

    private static string Label(string typeName) => RecordValidator.Label(typeName);

    private static OperationResult Failure(List<RecordError> errors, string? message = null) =>
        OperationResult.Failed(message ?? $"Nothing was saved: {errors.Count:N0} {(errors.Count == 1 ? "problem" : "problems")} in " +
            $"{errors.Select(e => e.Index).Distinct().Count():N0} {(errors.Select(e => e.Index).Distinct().Count() == 1 ? "record" : "records")}" +
            (errors.Count >= MaxErrors ? $" (checking stopped after {MaxErrors})" : "") + ".", errors);

    private const string RefusedMessage = "Only analysts can change records. Sign in with an analyst account.";

    private static string ReasonTooLong(int length) => $"The reason is too long: {length:N0} characters, at most {ReasonMaxLength:N0}.";
}
