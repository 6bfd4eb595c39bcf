using CeasefireTracker.Data;
using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.Features.Import;

/// <summary>What to import and how.</summary>
/// <param name="ConflictId">Files every row under this conflict; null matches the file's conflict names (or creates them).</param>
/// <param name="Uploaded">The file is an upload of the import page: deleted once the import is done with it.</param>
/// <param name="ExpectedRecords">The dry run's count of records to write, for the progress bar; null when unknown.</param>
public sealed record ImportRequest(string Path, string FileName, string Version, ColumnMapping? Mapping = null, bool CompleteDataSet = true,
    int? ConflictId = null, bool Uploaded = false, int? ExpectedRecords = null)
{
    public const int PreviewRows = 20;
}

/// <summary>One row of the preview: the records it becomes, exactly as they will be stored.</summary>
/// <param name="Parties">The names of the parties the event is linked to (matched or created, as listed in the matches).</param>
public sealed record PreviewRow(int Line, string RowId, string Change, TimelineEvent Event, IReadOnlyList<PreviewFigure> Figures,
    IReadOnlyList<string> Parties);

public sealed record PreviewFigure(string Side, string Reporter, CasualtyReport Report);

/// <summary>A dry run's outcome: the writes an import would make, the loss report, the matches to confirm, the preview.</summary>
public sealed class ImportPlan
{
    public required ColumnMapping Mapping { get; init; }
    public required string Version { get; init; }
    public required ImportReport Report { get; init; }
    /// <summary>The records the import writes (creates, updates and withdrawals), counted as the plan goes; they are not kept.</summary>
    public int WriteCount { get; internal set; }
    public List<ActorMatch> Matches { get; } = [];
    public List<PreviewRow> Preview { get; } = [];

    /// <summary>"import of UCDP GED 23.1, 1,848 rows, from GEDEvent_v23_1.csv"</summary>
    public string Describe(string fileName) =>
        $"import of {Mapping.DataSet} {Version}, {Report.ToCreate + Report.ToUpdate:N0} rows"
        + (Report.ToWithdraw > 0 ? $" ({Report.ToWithdraw:N0} withdrawn)" : "") + $", from {fileName}";
}

/// <summary>
/// The dry run: reads the file, maps each row onto records, compares them with what an earlier import of the same
/// data set stored, and checks every record with <see cref="RecordValidator"/> (the validator every writer uses), so
/// the loss report names every row the import will refuse. Writes nothing; the import itself streams the plan's writes
/// in batches (<see cref="WritesAsync"/>) into <see cref="RecordEditor.ApplyStreamAsync"/> as one operation, so neither
/// holds more than a batch of records.
/// </summary>
public sealed class ImportPlanner(IDbContextFactory<TrackerDbContext> factory)
{
    /// <summary>Records per batch handed to the writer (about 1,000 rows of GED).</summary>
    public const int BatchRecords = 4000;

    /// <summary>The conflicts an import can file its rows under.</summary>
    public async Task<IReadOnlyList<Choice>> ConflictsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Conflicts.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(ct);
    }

    /// <summary>The dry run: the whole plan, its writes counted and let go.</summary>
    public async Task<ImportPlan> PlanAsync(ImportRequest request, IProgress<int>? rowsRead = null, CancellationToken ct = default)
    {
        var plan = await PrepareAsync(request, ct);
        await foreach (var _ in WritesAsync(request, plan, rowsRead, ct)) { }
        return plan;
    }

    /// <summary>Recognizes the file and checks the request; a problem found here is the plan's <see cref="ImportReport.FileProblem"/>.</summary>
    public async Task<ImportPlan> PrepareAsync(ImportRequest request, CancellationToken ct = default)
    {
        var report = new ImportReport();
        var mapping = request.Mapping;
        if (mapping is null && !SourceRows.IsJson(request.Path))
        {
            var (shape, problem) = await SourceRows.ReadShapeAsync(request.Path, ct);
            mapping = shape?.Recognized;
            if (problem is not null) report.FileProblem = problem;
            else if (mapping is null) report.FileProblem = "The columns are neither UCDP GED's nor ACLED's. Build a column mapping for this file on the import page.";
        }

        mapping ??= ColumnMapping.Ged;
        var plan = new ImportPlan { Mapping = mapping, Version = request.Version.Trim(), Report = report };
        if (report.FileProblem is not null) return plan;
        if (plan.Version.Length is 0 or > 64)
            report.FileProblem = "Give the data set's version (such as 23.1), at most 64 characters.";
        return plan;
    }

    /// <summary>
    /// Reads the file and yields the writes of <paramref name="plan"/> in batches of about <see cref="BatchRecords"/>,
    /// each with the principals (conflicts, sides, parties, the data set's source) its rows created first, and the
    /// withdrawals last; fills the plan's report, matches and preview as it goes. Stops when the plan has a file
    /// problem: the writer must then keep nothing of what it was given.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<RecordWrite>> WritesAsync(ImportRequest request, ImportPlan plan, IProgress<int>? rowsRead = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var (report, mapping) = (plan.Report, plan.Mapping);
        if (report.FileProblem is not null) yield break;
        await using var db = await factory.CreateDbContextAsync(ct);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var context = await ImportContext.LoadAsync(db, mapping, plan.Version, request.FileName, ct);
        context.Report = report;
        if (request.ConflictId is { } conflictId && !context.Target(conflictId))
        {
            report.FileProblem = $"Conflict #{conflictId} does not exist.";
            yield break;
        }

        var lookup = new PlanLookup(db);
        var principalsWritten = 0;
        // The principals rows created since the last batch, checked, then the rows' records; null on a file problem.
        async Task<List<RecordWrite>?> BatchAsync(List<RecordWrite> rowWrites)
        {
            var batch = new List<RecordWrite>(rowWrites.Count + 8);
            foreach (var created in context.Created.Skip(principalsWritten))
            {
                if (await RefusalAsync(db, [new RecordWrite(created, AuditAction.Create)], mapping, lookup) is { } reason)
                {
                    report.FileProblem = $"{RecordValidator.Label(created.GetType().Name)} “{Describe(created)}” cannot be created: {reason}";
                    return null;
                }

                batch.Add(new RecordWrite(created, AuditAction.Create));
            }

            principalsWritten = context.Created.Count;
            batch.AddRange(rowWrites);
            plan.WriteCount += batch.Count;
            return batch;
        }

        var stored = await StoredRows.LoadAsync(db, mapping, ct);
        var edited = stored.Rows.Count == 0 ? [] : await EditedSinceImportAsync(db, stored, ct);

        var parser = new RowParser(mapping, report);
        var seen = new Dictionary<string, int>();
        var touchedConflicts = new HashSet<int>();
        var rowWrites = new List<RecordWrite>();
        await foreach (var source in SourceRows.ReadAsync(request.Path, request.Mapping, report, ct))
        {
            if (report.RowsRead % 1000 == 0) rowsRead?.Report(report.RowsRead);
            if (parser.Parse(source) is not { } row) continue;
            if (seen.TryGetValue(row.RowId, out var firstLine))
            {
                report.Refuse(row.Line, row.RowId, $"The row id appears again: first on line {firstLine}.");
                continue;
            }

            seen[row.RowId] = row.Line;
            var conflict = context.Conflict(row.Conflict);
            if (conflict.Id != 0) touchedConflicts.Add(conflict.Id);
            var hash = row.Hash();
            stored.Rows.TryGetValue(RecordMapper.RowKey(mapping, row.RowId), out var existing);
            if (existing is not null && existing.ContentHash == hash)
            {
                report.AlreadyPresent++;
                continue;
            }

            var writes = MapRow(row, hash, existing, context, conflict, stored, plan);
            if (existing is not null && writes.FirstOrDefault(w => w.Action != AuditAction.Create && edited.ContainsKey(Key(w.Record))) is { } touched)
            {
                var (user, at) = edited[Key(touched.Record)];
                report.EditedSince.Add(new EditedRow(row.RowId, $"{RecordValidator.Label(touched.Record.GetType().Name)} #{touched.Record.Id}", user, at));
                continue;
            }

            if (await RefusalAsync(db, writes, mapping, lookup) is { } reason)
            {
                report.Refuse(row.Line, row.RowId, reason);
                continue;
            }

            if (existing is null) report.ToCreate++;
            else report.ToUpdate++;
            if (plan.Preview.Count < ImportRequest.PreviewRows) plan.Preview.Add(Preview(row, existing is null ? "new" : "changed", writes, context));
            rowWrites.AddRange(writes);
            if (rowWrites.Count >= BatchRecords)
            {
                if (await BatchAsync(rowWrites) is not { } batch) yield break;
                rowWrites = [];
                yield return batch;
            }
        }

        if (report.FileProblem is not null) yield break;
        if (request.CompleteDataSet) Withdraw(stored, seen, touchedConflicts, mapping, edited, rowWrites, report);
        plan.Matches.AddRange(context.Matches);
        if (report.IgnoredColumns.Count > 0 && mapping == ColumnMapping.Ged)
            report.Notes.Add("Codes and ids GED gives besides names (conflict_new_id, side_a_new_id, priogrid_gid, ...) are not kept; the row id leads back to them.");
        // Principals only come with rows that refer to them: an import that writes no row creates nothing.
        if (rowWrites.Count > 0 && await BatchAsync(rowWrites) is { } last) yield return last;
    }

    private static List<RecordWrite> MapRow(ImportedRow row, string hash, DataSetRow? existing, ImportContext context, Conflict conflict,
        StoredRows stored, ImportPlan plan)
    {
        var writes = new List<RecordWrite>();
        var dataSetRow = existing ?? new DataSetRow { DataSet = "", DataSetVersion = "", RowId = "", ContentHash = "" };
        RecordMapper.FillRow(dataSetRow, row, context, plan.Version, hash);
        writes.Add(new RecordWrite(dataSetRow, existing is null ? AuditAction.Create : AuditAction.Update));

        var storedEvent = existing is null ? null : stored.Events.GetValueOrDefault(existing.Id);
        var timelineEvent = storedEvent ?? new TimelineEvent { Title = "", Quote = "", TimeZoneId = RecordMapper.TimeZone };
        RecordMapper.FillEvent(timelineEvent, row, context, conflict, dataSetRow);
        writes.Add(new RecordWrite(timelineEvent, storedEvent is null ? AuditAction.Create : AuditAction.Update));

        var storedReports = existing is null ? [] : stored.Reports.GetValueOrDefault(existing.Id) ?? [];
        foreach (var figure in row.Figures)
        {
            var key = RecordMapper.ReportKey(context.Mapping, row.RowId, figure.Slot);
            var storedReport = storedReports.FirstOrDefault(r => r.ExternalId == key);
            var report = storedReport ?? new CasualtyReport { Quote = "" };
            RecordMapper.FillReport(report, row, figure, context, conflict, dataSetRow);
            writes.Add(new RecordWrite(report, storedReport is null ? AuditAction.Create : AuditAction.Update));
        }

        var kept = row.Figures.Select(f => RecordMapper.ReportKey(context.Mapping, row.RowId, f.Slot)).ToHashSet();
        writes.AddRange(storedReports.Where(r => !kept.Contains(r.ExternalId!)).Select(r => new RecordWrite(r, AuditAction.Delete)));
        return writes;
    }

    /// <summary>
    /// Rows of the data set stored by an earlier import but absent from this file are withdrawn (deleted, restorably),
    /// within the conflicts this file covers: a file of one country's events does not withdraw another's.
    /// </summary>
    private static void Withdraw(StoredRows stored, Dictionary<string, int> seen, HashSet<int> conflicts, ColumnMapping mapping,
        Dictionary<(string, int), (string, DateTime)> edited, List<RecordWrite> writes, ImportReport report)
    {
        foreach (var row in stored.Rows.Values)
        {
            if (seen.ContainsKey(row.RowId) || !stored.Events.TryGetValue(row.Id, out var timelineEvent) || !conflicts.Contains(timelineEvent.ConflictId))
                continue;
            var records = (stored.Reports.GetValueOrDefault(row.Id) ?? []).Cast<Entity>().Append(timelineEvent).Append(row).ToList();
            if (records.FirstOrDefault(r => edited.ContainsKey(Key(r))) is { } touched)
            {
                var (user, at) = edited[Key(touched)];
                report.EditedSince.Add(new EditedRow(row.RowId, $"{RecordValidator.Label(touched.GetType().Name)} #{touched.Id} (no longer in the data set)", user, at));
                continue;
            }

            report.ToWithdraw++;
            writes.AddRange(records.Select(r => new RecordWrite(r, AuditAction.Delete)));
        }
    }

    /// <summary>Why the records of a row cannot be written, in the validator's words, or null.</summary>
    private static async Task<string?> RefusalAsync(TrackerDbContext db, IReadOnlyList<RecordWrite> writes, ColumnMapping mapping, PlanLookup lookup)
    {
        List<string>? reasons = null;
        foreach (var write in writes.Where(w => w.Action != AuditAction.Delete))
        {
            var errors = await RecordValidator.PrepareAsync(db, write.Record, lookup);
            foreach (var (property, messages) in errors)
            {
                // A reference to a record created in the same operation has no id yet; the batch write resolves it.
                if (RefersToNewRecord(db, write.Record, property)) continue;
                var column = write.Record is CasualtyReport r ? SlotColumn(r, mapping) + ": " : "";
                (reasons ??= []).AddRange(messages.Select(m => column + m));
            }
        }

        return reasons is null ? null : string.Join(" ", reasons.Distinct());
    }

    private static bool RefersToNewRecord(TrackerDbContext db, Entity record, string property)
    {
        var foreignKey = db.Model.FindEntityType(record.GetType())!.GetForeignKeys().FirstOrDefault(k => k.Properties[0].Name == property);
        return foreignKey?.DependentToPrincipal?.GetGetter().GetClrValue(record) is Entity { Id: 0 };
    }

    private static string SlotColumn(CasualtyReport report, ColumnMapping mapping)
    {
        var key = report.ExternalId ?? "";
        var slot = Enum.Parse<FigureSlot>(key[(key.LastIndexOf(':') + 1)..], ignoreCase: true);
        var field = slot switch
        {
            FigureSlot.SideA => ImportField.DeathsA,
            FigureSlot.SideB => ImportField.DeathsB,
            FigureSlot.Civilians => ImportField.DeathsCivilians,
            FigureSlot.Unknown => ImportField.DeathsUnknown,
            _ => ImportField.Best,
        };
        return mapping.Columns.GetValueOrDefault(field) ?? field.ToString();
    }

    private static PreviewRow Preview(ImportedRow row, string change, List<RecordWrite> writes, ImportContext context)
    {
        var timelineEvent = writes.Select(w => w.Record).OfType<TimelineEvent>().Single();
        var figures = writes.Where(w => w.Action != AuditAction.Delete).Select(w => w.Record).OfType<CasualtyReport>()
            .Select(r => new PreviewFigure(SideName(r, row, context), context.Mapping.DataSet, r)).ToList();
        var conflict = context.Conflict(row.Conflict);
        var parties = new[] { row.SideA, row.SideB }
            .Where(a => a is not null && !RecordMapper.IsCivilians(a))
            .Select(a => context.Actor(conflict, a!).Party?.Name)
            .OfType<string>().Distinct().ToList();
        return new PreviewRow(row.Line, row.RowId, change, timelineEvent, figures, parties);
    }

    private static string SideName(CasualtyReport report, ImportedRow row, ImportContext context)
    {
        if (report.AffectedSide is { } side) return side.Name;
        var conflict = context.Conflict(row.Conflict);
        foreach (var name in new[] { row.SideA, row.SideB })
            if (name is not null && !RecordMapper.IsCivilians(name) && context.Actor(conflict, name).Side.Id == report.AffectedSideId)
                return context.Actor(conflict, name).Side.Name;
        return context.Combined(conflict).Name;
    }

    private static string Describe(Entity entity) => entity switch
    {
        Conflict c => c.Name,
        Side s => s.Name,
        Party p => p.Name,
        Source s => s.Title,
        _ => $"#{entity.Id}",
    };

    private static (string, int) Key(Entity record) => (record.GetType().Name, record.Id);

    /// <summary>
    /// Records of the data set that someone changed since it was imported: any audited change that no import made.
    /// A re-import lists these and leaves them as the analyst left them.
    /// </summary>
    private static async Task<Dictionary<(string, int), (string User, DateTime At)>> EditedSinceImportAsync(
        TrackerDbContext db, StoredRows stored, CancellationToken ct)
    {
        var imports = await db.ImportRuns.Where(r => r.OperationId != null).Select(r => r.OperationId!.Value).ToListAsync(ct);
        string[] types = [nameof(DataSetRow), nameof(TimelineEvent), nameof(CasualtyReport)];
        var changes = await db.AuditEntries
            .Where(a => types.Contains(a.EntityType) && (a.OperationId == null || !imports.Contains(a.OperationId.Value)))
            .Select(a => new { a.EntityType, a.EntityId, a.UserName, a.AtUtc })
            .ToListAsync(ct);
        var ours = stored.RecordKeys();
        return changes.Where(c => ours.Contains((c.EntityType, c.EntityId)))
            .GroupBy(c => (c.EntityType, c.EntityId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.AtUtc).Select(c => (c.UserName, c.AtUtc)).First());
    }
}

/// <summary>
/// What the dry run's validation asks of the store, remembered: an import of 100,000 rows names a few conflicts, sides,
/// parties and one source over and over. A record without an id is one the plan creates.
/// </summary>
internal sealed class PlanLookup(TrackerDbContext db) : RememberingReferenceLookup(db)
{
    public override bool IsNew(Entity record) => record.Id == 0;
}

/// <summary>What earlier imports of one data set stored: its rows by key, their events and reports by row.</summary>
public sealed class StoredRows
{
    public Dictionary<string, DataSetRow> Rows { get; private init; } = [];
    public Dictionary<int, TimelineEvent> Events { get; private init; } = [];
    public Dictionary<int, List<CasualtyReport>> Reports { get; private init; } = [];

    public static async Task<StoredRows> LoadAsync(TrackerDbContext db, ColumnMapping mapping, CancellationToken ct)
    {
        var rows = await db.DataSetRows.AsNoTracking().Where(r => r.DataSet == mapping.DataSet).ToListAsync(ct);
        if (rows.Count == 0) return new StoredRows();
        var events = await db.TimelineEvents.AsNoTracking().Where(e => e.DataSetRow!.DataSet == mapping.DataSet).ToListAsync(ct);
        var reports = await db.CasualtyReports.AsNoTracking().Where(r => r.DataSetRow!.DataSet == mapping.DataSet).ToListAsync(ct);
        return new StoredRows
        {
            Rows = rows.ToDictionary(r => r.ExternalId!),
            Events = events.GroupBy(e => e.DataSetRowId!.Value).ToDictionary(g => g.Key, g => g.First()),
            Reports = reports.GroupBy(r => r.DataSetRowId!.Value).ToDictionary(g => g.Key, g => g.ToList()),
        };
    }

    public HashSet<(string, int)> RecordKeys() =>
        Rows.Values.Select(r => (nameof(DataSetRow), r.Id))
            .Concat(Events.Values.Select(e => (nameof(TimelineEvent), e.Id)))
            .Concat(Reports.Values.SelectMany(l => l).Select(r => (nameof(CasualtyReport), r.Id)))
            .ToHashSet();
}
