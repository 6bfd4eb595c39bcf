using System.Text.Json;
using CeasefireTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Data.Seeding;

/// <summary>
/// Imports the seed files of a folder: records whose stable id is not in the store yet are added, all in one
/// transaction. A record already there is never touched, whether an analyst changed it or deleted it (deletes are
/// soft, so the id stays taken and nothing is resurrected). The records added are audited like an import's: one Create
/// entry each, all under one operation by <see cref="Actor"/>, in the same transaction, so the seed shows in every
/// record's history and can be undone as a whole.
/// </summary>
public sealed class SeedImporter(TrackerDbContext db, IRecordRules rules, IRecordAudit audit, ILogger<SeedImporter> logger)
{
    /// <summary>Who the audit trail names for seeded records: no analyst wrote them.</summary>
    public const string Actor = "seed";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    // Stable id -> database id, per record type, for records seen in the store or added in this run.
    private readonly Dictionary<(Type, string), int> _ids = [];
    private readonly Dictionary<int, string> _sourceTexts = [];

    // Every record this run adds, still tracked, audited once all their links are set.
    private readonly List<Entity> _added = [];

    /// <summary>
    /// What start-up runs: nothing is read or imported when the folder's content is one this store already imported in
    /// full (its hash is stamped); otherwise a full import, as <see cref="ImportDirectoryAsync"/>.
    /// </summary>
    public async Task<SeedResult> ImportDirectoryIfChangedAsync(string directory, CancellationToken ct = default)
    {
        var (hash, fileCount) = HashFolder(directory);
        if (await IsStampedAsync(hash, ct))
        {
            logger.LogInformation("Seed import from {Directory} skipped: its {FileCount} files are unchanged since an import into this store",
                directory, fileCount);
            return new SeedResult { Unchanged = true };
        }

        return await ImportAsync(directory, hash, fileCount, ct);
    }

    public Task<SeedResult> ImportDirectoryAsync(string directory, CancellationToken ct = default)
    {
        var (hash, fileCount) = HashFolder(directory);
        return ImportAsync(directory, hash, fileCount, ct);
    }

    // Hashed before the files are read: a file that changes during an import then no longer matches the stamp, and the
    // next start imports again.
    private static (string Hash, int FileCount) HashFolder(string directory) =>
        Directory.Exists(directory)
            ? SeedImportStamp.ComputeHash(directory)
            : throw new SeedDataException(directory, null, "the seed folder does not exist.");

    private async Task<SeedResult> ImportAsync(string directory, string hash, int fileCount, CancellationToken ct)
    {
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        var parsed = files.Select(f => (Path: f, File: Parse(f))).ToList();

        var result = new SeedResult();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var filesAdding = new List<string>();
        foreach (var (path, file) in parsed)
        {
            var before = result.Added;
            await ImportFileAsync(path, file, result, ct);
            if (result.Added > before) filesAdding.Add(Path.GetFileName(path));
        }
        if (_added.Count > 0)
            result.OperationId = await audit.AuditCreatedAsync(db, _added, Actor, OperationReason(directory, filesAdding, _added.Count), ct);
        await StampAsync(hash, fileCount, result, ct);
        await transaction.CommitAsync(ct);

        logger.LogInformation("Seed import from {Directory}: {Added} records added as operation {OperationId}, {Skipped} already present, from {FileCount} files",
            directory, result.Added, result.OperationId, result.Skipped, files.Count);
        return result;
    }

    // Within the audit's reason limit (1,000 characters) however many files a seed folder holds.
    private static string OperationReason(string directory, List<string> files, int count) =>
        (files.Count <= 5
            ? $"Seed import of {string.Join(", ", files)}"
            : $"Seed import of {files.Count} files in {Path.GetFileName(Path.TrimEndingDirectorySeparator(directory))}")
        + $", {count} {(count == 1 ? "record" : "records")}";

    /// <summary>Records the imported content in the same transaction as the records, so a failed import leaves no stamp.</summary>
    private async Task StampAsync(string hash, int fileCount, SeedResult result, CancellationToken ct)
    {
        if (await IsStampedAsync(hash, ct)) return;
        db.Set<SeedImportStamp>().Add(new SeedImportStamp
        {
            ContentHash = hash, FileCount = fileCount, RecordsAdded = result.Added, ImportedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(ct);
    }

    private Task<bool> IsStampedAsync(string hash, CancellationToken ct) =>
        db.Set<SeedImportStamp>().AnyAsync(s => s.ContentHash == hash, ct);

    private static SeedFile Parse(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<SeedFile>(stream, JsonOptions)
                   ?? throw new SeedDataException(name, null, "the file is empty.");
        }
        catch (JsonException ex)
        {
            throw new SeedDataException(name, null, $"invalid JSON at {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
    }

    private async Task ImportFileAsync(string path, SeedFile file, SeedResult result, CancellationToken ct)
    {
        var ctx = new FileContext(Path.GetFileName(path), Path.GetDirectoryName(path)!, result);
        CheckUniqueIds(ctx, file);

        await ImportAsync(ctx, file.Sources, ToSource, ct);
        await ImportAsync(ctx, file.Conflicts, ToConflict, ct);
        await ImportAsync(ctx, file.Sides, ToSide, ct);
        // Parent parties may come later in the same list, so parties are added first and linked after.
        await ImportAsync(ctx, file.Parties, ToParty, ct);
        await LinkParentPartiesAsync(ctx, file.Parties ?? [], ct);
        await ImportAsync(ctx, file.Officials, ToOfficial, ct);
        await ImportAsync(ctx, file.Events, ToEvent, ct);
        await ImportAsync(ctx, file.Ceasefires, ToCeasefire, ct);
        await LinkCeasefireMilestonesAsync(ctx, file.Events ?? [], ct);
        await ImportAsync(ctx, file.Ceasefires?.SelectMany(c => (c.Terms ?? []).Select(t => (Term: t, Ceasefire: c))).ToList(),
            ToTerm, ct, pair => pair.Term.Id);
        await ImportAsync(ctx, file.CasualtyReports, ToCasualtyReport, ct);
        await LinkIncludedReportsAsync(ctx, file.CasualtyReports ?? [], ct);
        await ImportAsync(ctx, file.Statements, ToStatement, ct);
    }

    private static void CheckUniqueIds(FileContext ctx, SeedFile file)
    {
        IEnumerable<string?> all = (file.Sources ?? []).Select(r => r.Id)
            .Concat((file.Conflicts ?? []).Select(r => r.Id))
            .Concat((file.Sides ?? []).Select(r => r.Id))
            .Concat((file.Parties ?? []).Select(r => r.Id))
            .Concat((file.Officials ?? []).Select(r => r.Id))
            .Concat((file.Events ?? []).Select(r => r.Id))
            .Concat((file.Ceasefires ?? []).Select(r => r.Id))
            .Concat((file.Ceasefires ?? []).SelectMany(c => c.Terms ?? []).Select(t => t.Id))
            .Concat((file.CasualtyReports ?? []).Select(r => r.Id))
            .Concat((file.Statements ?? []).Select(r => r.Id));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in all)
        {
            if (string.IsNullOrWhiteSpace(id)) throw ctx.Error(null, "a record has no \"id\".");
            if (!seen.Add(id)) throw ctx.Error(id, "the id is used twice in the file.");
        }
    }

    private Task ImportAsync<TSeed, TEntity>(FileContext ctx, List<TSeed>? seeds,
        Func<FileContext, TSeed, CancellationToken, Task<TEntity>> map, CancellationToken ct)
        where TSeed : ISeedRecord where TEntity : Entity
        => ImportAsync(ctx, seeds, map, ct, s => s.Id);

    private async Task ImportAsync<TSeed, TEntity>(FileContext ctx, List<TSeed>? seeds,
        Func<FileContext, TSeed, CancellationToken, Task<TEntity>> map, CancellationToken ct, Func<TSeed, string?> idOf)
        where TEntity : Entity
    {
        if (seeds is null || seeds.Count == 0) return;
        var ids = seeds.Select(s => idOf(s)!).ToList();
        var existing = await db.Set<TEntity>().IgnoreQueryFilters()
            .Where(e => e.ExternalId != null && ids.Contains(e.ExternalId))
            .Select(e => new { e.ExternalId, e.Id })
            .ToListAsync(ct);
        foreach (var e in existing) _ids[(typeof(TEntity), e.ExternalId!)] = e.Id;

        var added = new List<TEntity>();
        foreach (var seed in seeds)
        {
            var id = idOf(seed)!;
            if (_ids.ContainsKey((typeof(TEntity), id)))
            {
                ctx.Result.Skipped++;
                continue;
            }
            var entity = await map(ctx, seed, ct);
            entity.ExternalId = id;
            // The one validator every writer calls: a bad record gets the message the edit dialog, API and import give.
            if (await rules.PrepareAsync(db, entity, ct) is { Count: > 0 } problems)
                throw ctx.Error(id, string.Join(" ", problems.Select(p => p.Message)));
            db.Set<TEntity>().Add(entity);
            added.Add(entity);
        }

        await db.SaveChangesAsync(ct);
        foreach (var entity in added) _ids[(typeof(TEntity), entity.ExternalId!)] = entity.Id;
        _added.AddRange(added);
        ctx.Result.Added += added.Count;
        if (added.Count > 0)
            logger.LogInformation("Seeded {Count} {RecordType} records from {File}", added.Count, typeof(TEntity).Name, ctx.FileName);
    }

    private async Task<int> RefAsync<TEntity>(FileContext ctx, string recordId, string field, string? reference, CancellationToken ct)
        where TEntity : Entity
    {
        if (string.IsNullOrWhiteSpace(reference)) throw ctx.Error(recordId, $"\"{field}\" is required.");
        if (_ids.TryGetValue((typeof(TEntity), reference), out var id)) return id;
        var found = await db.Set<TEntity>().IgnoreQueryFilters()
            .Where(e => e.ExternalId == reference).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        if (found is null)
            throw ctx.Error(recordId, $"\"{field}\" refers to '{reference}', which is no {typeof(TEntity).Name} in this file or the store.");
        _ids[(typeof(TEntity), reference)] = found.Value;
        return found.Value;
    }

    private async Task<int?> OptionalRefAsync<TEntity>(FileContext ctx, string recordId, string field, string? reference, CancellationToken ct)
        where TEntity : Entity
        => string.IsNullOrWhiteSpace(reference) ? null : await RefAsync<TEntity>(ctx, recordId, field, reference, ct);

    private async Task<List<Party>> PartiesAsync(FileContext ctx, string recordId, List<string>? references, CancellationToken ct)
    {
        var parties = new List<Party>();
        foreach (var reference in references ?? [])
        {
            var id = await RefAsync<Party>(ctx, recordId, "parties", reference, ct);
            parties.Add(db.Parties.Local.FirstOrDefault(p => p.Id == id) ?? await db.Parties.IgnoreQueryFilters().FirstAsync(p => p.Id == id, ct));
        }
        return parties;
    }

    /// <summary>Finds the quote in its source: at the given offset, or as the only occurrence in the text.</summary>
    private async Task<(int SourceId, string Quote, int Start)> QuoteAsync(FileContext ctx, IQuotedSeed seed, string? defaultSource, CancellationToken ct)
    {
        var id = seed.Id!;
        var sourceId = await RefAsync<Source>(ctx, id, "source", seed.Source ?? defaultSource, ct);
        if (string.IsNullOrEmpty(seed.Quote)) throw ctx.Error(id, "\"quote\" is required: every record cites the words it rests on.");
        if (seed.Quote.Length > Configurations.Limits.Quote)
            throw ctx.Error(id, $"\"quote\" is longer than {Configurations.Limits.Quote} characters.");
        if (!_sourceTexts.TryGetValue(sourceId, out var text))
        {
            text = await db.Sources.IgnoreQueryFilters().Where(s => s.Id == sourceId).Select(s => s.FullText).FirstAsync(ct);
            _sourceTexts[sourceId] = text;
        }

        if (seed.QuoteStart is { } start)
        {
            if (start < 0 || start + seed.Quote.Length > text.Length || string.CompareOrdinal(text, start, seed.Quote, 0, seed.Quote.Length) != 0)
                throw ctx.Error(id, $"the quote is not found at position {start} of source '{seed.Source ?? defaultSource}'.");
            return (sourceId, seed.Quote, start);
        }

        var first = text.IndexOf(seed.Quote, StringComparison.Ordinal);
        if (first < 0) throw ctx.Error(id, $"the quote is not found in source '{seed.Source ?? defaultSource}': \"{seed.Quote}\".");
        if (text.IndexOf(seed.Quote, first + 1, StringComparison.Ordinal) >= 0)
            throw ctx.Error(id, "the quote occurs more than once in its source; give \"quoteStart\".");
        return (sourceId, seed.Quote, first);
    }

    private static string Required(FileContext ctx, string id, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) throw ctx.Error(id, $"\"{field}\" is required.");
        return Optional(ctx, id, field, value, maxLength)!;
    }

    private static string? Optional(FileContext ctx, string id, string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength) throw ctx.Error(id, $"\"{field}\" is longer than {maxLength} characters.");
        return value;
    }

    private static TEnum ParseEnum<TEnum>(FileContext ctx, string id, string field, string? value) where TEnum : struct, Enum
    {
        if (value is not null && Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            && !int.TryParse(value, out _))
            return parsed;
        throw ctx.Error(id, $"\"{field}\" is '{value}', which is none of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    // The UTC instant follows from the local time and the zone (RecordNormalizer, before the record is checked).
    private static DateTime Local(FileContext ctx, string id, string field, DateTime? local) =>
        local is null ? throw ctx.Error(id, $"\"{field}\" is required.") : DateTime.SpecifyKind(local.Value, DateTimeKind.Unspecified);

    private Task<Source> ToSource(FileContext ctx, SourceSeed s, CancellationToken ct)
    {
        var id = s.Id!;
        var textFile = Required(ctx, id, "textFile", s.TextFile, 260);
        var textPath = Path.GetFullPath(Path.Combine(ctx.Directory, textFile));
        if (!textPath.StartsWith(Path.GetFullPath(ctx.Directory), StringComparison.Ordinal) || !File.Exists(textPath))
            throw ctx.Error(id, $"\"textFile\" '{textFile}' is not a file beside the seed file.");
        var text = File.ReadAllText(textPath);
        if (text.Length > Configurations.Limits.SourceText) throw ctx.Error(id, "the source text is too long.");
        return Task.FromResult(new Source
        {
            Title = Required(ctx, id, "title", s.Title, Configurations.Limits.Title),
            Publisher = Optional(ctx, id, "publisher", s.Publisher, Configurations.Limits.Name),
            Url = Optional(ctx, id, "url", s.Url, 2048),
            PublishedOn = s.PublishedOn,
            ReferenceDate = s.ReferenceDate,
            Language = Required(ctx, id, "language", s.Language, 16),
            FullText = text,
            Notes = Optional(ctx, id, "notes", s.Notes, Configurations.Limits.Description),
        });
    }

    private Task<Conflict> ToConflict(FileContext ctx, ConflictSeed s, CancellationToken ct) => Task.FromResult(new Conflict
    {
        Name = Required(ctx, s.Id!, "name", s.Name, Configurations.Limits.Name),
        Region = Optional(ctx, s.Id!, "region", s.Region, Configurations.Limits.Name),
        Description = Optional(ctx, s.Id!, "description", s.Description, Configurations.Limits.Description),
        StartedOn = s.StartedOn,
        TimeZoneId = Optional(ctx, s.Id!, "timeZone", s.TimeZone, 64),
    });

    private async Task<Side> ToSide(FileContext ctx, SideSeed s, CancellationToken ct) => new()
    {
        ConflictId = await RefAsync<Conflict>(ctx, s.Id!, "conflict", s.Conflict, ct),
        Name = Required(ctx, s.Id!, "name", s.Name, Configurations.Limits.Name),
        Kind = ParseEnum<SideKind>(ctx, s.Id!, "kind", s.Kind ?? nameof(SideKind.Single)),
    };

    private async Task<Party> ToParty(FileContext ctx, PartySeed s, CancellationToken ct) => new()
    {
        ConflictId = await RefAsync<Conflict>(ctx, s.Id!, "conflict", s.Conflict, ct),
        Name = Required(ctx, s.Id!, "name", s.Name, Configurations.Limits.Name),
        NameInSource = Optional(ctx, s.Id!, "nameInSource", s.NameInSource, Configurations.Limits.Name),
        Kind = ParseEnum<PartyKind>(ctx, s.Id!, "kind", s.Kind),
        Role = ParseEnum<PartyRole>(ctx, s.Id!, "role", s.Role),
        SideId = await OptionalRefAsync<Side>(ctx, s.Id!, "side", s.Side, ct),
    };

    private async Task LinkParentPartiesAsync(FileContext ctx, List<PartySeed> seeds, CancellationToken ct)
    {
        foreach (var seed in seeds.Where(p => p.Parent is not null))
        {
            var party = db.Parties.Local.FirstOrDefault(p => p.ExternalId == seed.Id);
            if (party is null) continue; // already in the store: left as the analyst keeps it
            party.ParentPartyId = await RefAsync<Party>(ctx, seed.Id!, "parent", seed.Parent, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<Official> ToOfficial(FileContext ctx, OfficialSeed s, CancellationToken ct) => new()
    {
        Name = Required(ctx, s.Id!, "name", s.Name, Configurations.Limits.Name),
        Aliases = Optional(ctx, s.Id!, "aliases", s.Aliases, Configurations.Limits.Name),
        Role = Required(ctx, s.Id!, "role", s.Role, Configurations.Limits.Name),
        PartyId = await RefAsync<Party>(ctx, s.Id!, "party", s.Party, ct),
    };

    private async Task<TimelineEvent> ToEvent(FileContext ctx, EventSeed s, CancellationToken ct)
    {
        var id = s.Id!;
        var local = Local(ctx, id, "occurredAt", s.OccurredAt);
        var (sourceId, quote, start) = await QuoteAsync(ctx, s, null, ct);
        return new TimelineEvent
        {
            ConflictId = await RefAsync<Conflict>(ctx, id, "conflict", s.Conflict, ct),
            Kind = ParseEnum<EventKind>(ctx, id, "kind", s.Kind),
            Title = Required(ctx, id, "title", s.Title, Configurations.Limits.Title),
            Description = Optional(ctx, id, "description", s.Description, Configurations.Limits.Description),
            OccurredAtLocal = local,
            EndedAtLocal = s.EndedAt is { } ended ? DateTime.SpecifyKind(ended, DateTimeKind.Unspecified) : null,
            Precision = ParseEnum<TimePrecision>(ctx, id, "precision", s.Precision),
            TimeZoneId = s.TimeZone ?? "",
            TimeZoneBasis = ParseEnum<TimeZoneBasis>(ctx, id, "timeZoneBasis", s.TimeZoneBasis),
            Parties = await PartiesAsync(ctx, id, s.Parties, ct),
            SourceId = sourceId,
            Quote = quote,
            QuoteStart = start,
        };
    }

    private async Task<Ceasefire> ToCeasefire(FileContext ctx, CeasefireSeed s, CancellationToken ct)
    {
        var id = s.Id!;
        var announced = Local(ctx, id, "announcedAt", s.AnnouncedAt);
        DateTime? inForce = s.InForceFrom is null ? null : Local(ctx, id, "inForceFrom", s.InForceFrom);
        var (sourceId, quote, start) = await QuoteAsync(ctx, s, null, ct);
        return new Ceasefire
        {
            ConflictId = await RefAsync<Conflict>(ctx, id, "conflict", s.Conflict, ct),
            Name = Required(ctx, id, "name", s.Name, Configurations.Limits.Name),
            MediatorPartyId = await OptionalRefAsync<Party>(ctx, id, "mediator", s.Mediator, ct),
            Parties = await PartiesAsync(ctx, id, s.Parties, ct),
            AnnouncedAtLocal = announced,
            AnnouncedPrecision = ParseEnum<TimePrecision>(ctx, id, "announcedPrecision", s.AnnouncedPrecision),
            InForceFromLocal = inForce,
            InForcePrecision = ParseEnum<TimePrecision>(ctx, id, "inForcePrecision", s.InForcePrecision ?? s.AnnouncedPrecision),
            TimeZoneId = s.TimeZone ?? "",
            TimeZoneBasis = ParseEnum<TimeZoneBasis>(ctx, id, "timeZoneBasis", s.TimeZoneBasis),
            SourceId = sourceId,
            Quote = quote,
            QuoteStart = start,
        };
    }

    private async Task<CeasefireTerm> ToTerm(FileContext ctx, (TermSeed Term, CeasefireSeed Ceasefire) pair, CancellationToken ct)
    {
        var (t, c) = pair;
        var (sourceId, quote, start) = await QuoteAsync(ctx, t, c.Source, ct);
        return new CeasefireTerm
        {
            CeasefireId = await RefAsync<Ceasefire>(ctx, t.Id!, "ceasefire", c.Id, ct),
            Kind = ParseEnum<CeasefireTermKind>(ctx, t.Id!, "kind", t.Kind),
            Description = Required(ctx, t.Id!, "description", t.Description, Configurations.Limits.Description),
            SourceId = sourceId,
            Quote = quote,
            QuoteStart = start,
        };
    }

    private async Task<CasualtyReport> ToCasualtyReport(FileContext ctx, CasualtyReportSeed s, CancellationToken ct)
    {
        var id = s.Id!;
        var (sourceId, quote, start) = await QuoteAsync(ctx, s, null, ct);
        var report = new CasualtyReport
        {
            ConflictId = await RefAsync<Conflict>(ctx, id, "conflict", s.Conflict, ct),
            AffectedSideId = await RefAsync<Side>(ctx, id, "affectedSide", s.AffectedSide, ct),
            ReportingPartyId = await RefAsync<Party>(ctx, id, "reporter", s.Reporter, ct),
            Category = ParseEnum<CasualtyCategory>(ctx, id, "category", s.Category),
            Kind = ParseEnum<CasualtyKind>(ctx, id, "kind", s.Kind),
            BestEstimate = s.BestEstimate,
            Low = s.Low,
            High = s.High,
            Qualifier = ParseEnum<FigureQualifier>(ctx, id, "qualifier", s.Qualifier),
            Basis = ParseEnum<FigureBasis>(ctx, id, "basis", s.Basis),
            PeriodStart = s.PeriodStart,
            PeriodEnd = s.PeriodEnd ?? throw ctx.Error(id, "\"periodEnd\" is required."),
            Notes = Optional(ctx, id, "notes", s.Notes, Configurations.Limits.Description),
            SourceId = sourceId,
            Quote = quote,
            QuoteStart = start,
        };
        if (s.IncludedIn is not null && report.Basis != FigureBasis.Increment)
            throw ctx.Error(id, "only an increment can be \"includedIn\" a cumulative report.");
        return report;
    }

    // Events come before ceasefires in a file (a ceasefire's parties and mediator are read first), so the ceasefire an
    // event is a milestone of is linked once both are in.
    private Task LinkCeasefireMilestonesAsync(FileContext ctx, List<EventSeed> seeds, CancellationToken ct) =>
        LinkLaterAsync<TimelineEvent, Ceasefire>(ctx, seeds.Select(e => (e.Id, e.Ceasefire)), "ceasefire", (e, id) => e.CeasefireId = id, ct);

    private Task LinkIncludedReportsAsync(FileContext ctx, List<CasualtyReportSeed> seeds, CancellationToken ct) =>
        LinkLaterAsync<CasualtyReport, CasualtyReport>(ctx, seeds.Select(r => (r.Id, r.IncludedIn)), "includedIn",
            (r, id) => r.IncludedInReportId = id, ct);

    /// <summary>Sets, on the records just added, a reference to a record the file may hold further on (both are in by now).</summary>
    private async Task LinkLaterAsync<TRecord, TTarget>(FileContext ctx, IEnumerable<(string? Id, string? Target)> seeds, string field,
        Action<TRecord, int> link, CancellationToken ct) where TRecord : Entity where TTarget : Entity
    {
        foreach (var (id, target) in seeds.Where(s => s.Target is not null))
        {
            var record = db.Set<TRecord>().Local.FirstOrDefault(r => r.ExternalId == id);
            if (record is null) continue;
            link(record, await RefAsync<TTarget>(ctx, id!, field, target, ct));
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<Statement> ToStatement(FileContext ctx, StatementSeed s, CancellationToken ct)
    {
        var id = s.Id!;
        var (sourceId, quote, start) = await QuoteAsync(ctx, s, null, ct);
        var language = s.Language ?? await db.Sources.Where(x => x.Id == sourceId).Select(x => x.Language).FirstAsync(ct);
        return new Statement
        {
            ConflictId = await RefAsync<Conflict>(ctx, id, "conflict", s.Conflict, ct),
            SpeakerId = await OptionalRefAsync<Official>(ctx, id, "speaker", s.Speaker, ct),
            OnBehalfOfPartyId = await RefAsync<Party>(ctx, id, "onBehalfOf", s.OnBehalfOf, ct),
            SaidOn = s.SaidOn,
            // A statement's words are its quote unless the file gives a fuller text.
            Text = Optional(ctx, id, "text", s.Text, Configurations.Limits.Quote) ?? quote,
            Language = Required(ctx, id, "language", language, 16),
            IsDirectQuote = s.IsDirectQuote ?? false,
            Summary = Optional(ctx, id, "summary", s.Summary, Configurations.Limits.Description),
            SourceId = sourceId,
            Quote = quote,
            QuoteStart = start,
        };
    }

    private sealed record FileContext(string FileName, string Directory, SeedResult Result)
    {
        public SeedDataException Error(string? recordId, string problem) => new(FileName, recordId, problem);
    }
}

public sealed class SeedResult
{
    public int Added { get; set; }

    public int Skipped { get; set; }

    /// <summary>The audited operation the added records were written under; none when nothing was added.</summary>
    public Guid? OperationId { get; set; }

    /// <summary>The folder was not read: its content was imported before.</summary>
    public bool Unchanged { get; init; }
}
