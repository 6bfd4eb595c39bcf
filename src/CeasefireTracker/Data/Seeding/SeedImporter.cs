using System.Text.Json;
using CeasefireTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Data.Seeding;

/// <summary>
/// Imports the seed files of a folder: records whose stable id is not in the store yet are added, all in one
/// transaction. A record already there is never touched, whether an analyst changed it or deleted it (deletes are
/// soft, so the id stays taken and nothing is resurrected). The records to add are read from the files first, then
/// written by the batch write every import uses (<see cref="IRecordBatchWriter"/>): through the one validator, one
/// Create entry each under one operation by <see cref="Actor"/>, so the seed shows in every record's history and can
/// be undone as a whole. The folder's stamp is written in the same transaction.
/// </summary>
public sealed class SeedImporter(TrackerDbContext db, IRecordBatchWriter writer, ILogger<SeedImporter> logger)
{
    /// <summary>Who the audit trail names for seeded records: no analyst wrote them.</summary>
    public const string Actor = "seed";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    // Stable id -> database id, per record type, for records seen in the store.
    private readonly Dictionary<(Type, string), int> _ids = [];
    private readonly Dictionary<int, string> _sourceTexts = [];

    // Stable id -> the record this run adds, per record type: a reference to it is a navigation, as the batch write takes it.
    private readonly Dictionary<(Type, string), Entity> _new = [];

    // Every record this run adds, in file order, with where it comes from: the batch write names a problem by index.
    private readonly List<(Entity Record, string File, string Id)> _added = [];

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
        // The store's ids are read in the transaction that writes (on SQLite it holds the write lock from its start), so a
        // second instance starting at the same time finds what the first added; the batch write joins it, the stamp follows.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var filesAdding = new List<string>();
        foreach (var (path, file) in parsed)
        {
            var before = _added.Count;
            await ImportFileAsync(path, file, result, ct);
            if (_added.Count > before) filesAdding.Add(Path.GetFileName(path));
        }
        if (_added.Count > 0) await WriteAsync(OperationReason(directory, filesAdding, _added.Count), result, ct);
        await StampAsync(hash, fileCount, result, ct);
        await transaction.CommitAsync(ct);

        logger.LogInformation("Seed import from {Directory}: {Added} records added as operation {OperationId}, {Skipped} already present, from {FileCount} files",
            directory, result.Added, result.OperationId, result.Skipped, files.Count);
        return result;
    }

    /// <summary>Every record to add, as one operation of the batch write; a refused record is reported with its file and id.</summary>
    private async Task WriteAsync(string reason, SeedResult result, CancellationToken ct)
    {
        var written = await writer.CreateAsync(db, Actor, [.. _added.Select(a => a.Record)], reason, ct);
        if (!written.Succeeded)
        {
            // The first record at fault, with all its problems, as the seed has always reported it.
            if (written.Problems.FirstOrDefault(p => p.Index >= 0) is not { } first)
                throw new SeedDataException(_added[0].File, null, written.Message ?? "the records were refused.");
            var (_, file, id) = _added[first.Index];
            throw new SeedDataException(file, id, string.Join(" ", written.Problems.Where(p => p.Index == first.Index).Select(p => p.Message)));
        }

        result.Added = _added.Count;
        result.OperationId = written.OperationId;
        foreach (var group in _added.GroupBy(a => (a.File, Type: a.Record.GetType().Name)))
            logger.LogInformation("Seeded {Count} {RecordType} records from {File}", group.Count(), group.Key.Type, group.Key.File);
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
        await LinkLaterAsync<Party, Party>(ctx, (file.Parties ?? []).Select(p => (p.Id, p.Parent)), "parent",
            (p, parent) => (p.ParentPartyId, p.ParentParty) = (parent.Key, parent.New), ct);
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

        foreach (var seed in seeds)
        {
            var id = idOf(seed)!;
            if (_ids.ContainsKey((typeof(TEntity), id)) || _new.ContainsKey((typeof(TEntity), id)))
            {
                ctx.Result.Skipped++;
                continue;
            }
            // Checked by the one validator every writer calls when the batch write saves it: a bad record gets the
            // message the edit dialog, API and import give.
            var entity = await map(ctx, seed, ct);
            entity.ExternalId = id;
            _new[(typeof(TEntity), id)] = entity;
            _added.Add((entity, ctx.FileName, id));
        }
    }

    /// <summary>A reference as the batch write takes it: a stored record by its id (<see cref="Key"/>), a record new in this import by object.</summary>
    private readonly record struct Ref<TEntity>(int Id, TEntity? New) where TEntity : Entity
    {
        /// <summary>The id of a stored record for a foreign key; none for a new one, which the navigation names.</summary>
        public int? Key => New is null ? Id : null;
    }

    private async Task<Ref<TEntity>> RefAsync<TEntity>(FileContext ctx, string recordId, string field, string? reference, CancellationToken ct)
        where TEntity : Entity
    {
        if (string.IsNullOrWhiteSpace(reference)) throw ctx.Error(recordId, $"\"{field}\" is required.");
        if (_new.TryGetValue((typeof(TEntity), reference), out var created)) return new(0, (TEntity)created);
        if (_ids.TryGetValue((typeof(TEntity), reference), out var id)) return new(id, null);
        var found = await db.Set<TEntity>().IgnoreQueryFilters()
            .Where(e => e.ExternalId == reference).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        if (found is null)
            throw ctx.Error(recordId, $"\"{field}\" refers to '{reference}', which is no {typeof(TEntity).Name} in this file or the store.");
        _ids[(typeof(TEntity), reference)] = found.Value;
        return new(found.Value, null);
    }

    private async Task<Ref<TEntity>?> OptionalRefAsync<TEntity>(FileContext ctx, string recordId, string field, string? reference, CancellationToken ct)
        where TEntity : Entity
        => string.IsNullOrWhiteSpace(reference) ? null : await RefAsync<TEntity>(ctx, recordId, field, reference, ct);

    /// <summary>A record's parties as the batch write links them: stored ones by id, new ones by object.</summary>
    private async Task<(List<int> Stored, List<Party> New)> PartiesAsync(FileContext ctx, string recordId, List<string>? references, CancellationToken ct)
    {
        var (stored, created) = (new List<int>(), new List<Party>());
        foreach (var reference in references ?? [])
        {
            var party = await RefAsync<Party>(ctx, recordId, "parties", reference, ct);
            if (party.New is { } p) created.Add(p);
            else stored.Add(party.Id);
        }
        return (stored, created);
    }

    /// <summary>Finds the quote in its source: at the given offset, or as the only occurrence in the text.</summary>
    private async Task<(Ref<Source> Source, string Quote, int Start)> QuoteAsync(FileContext ctx, IQuotedSeed seed, string? defaultSource, CancellationToken ct)
    {
        var id = seed.Id!;
        var source = await RefAsync<Source>(ctx, id, "source", seed.Source ?? defaultSource, ct);
        if (string.IsNullOrEmpty(seed.Quote)) throw ctx.Error(id, "\"quote\" is required: every record cites the words it rests on.");
        if (seed.Quote.Length > Configurations.Limits.Quote)
            throw ctx.Error(id, $"\"quote\" is longer than {Configurations.Limits.Quote} characters.");
        var text = source.New?.FullText;
        if (text is null && !_sourceTexts.TryGetValue(source.Id, out text))
        {
            text = await db.Sources.IgnoreQueryFilters().Where(s => s.Id == source.Id).Select(s => s.FullText).FirstAsync(ct);
            _sourceTexts[source.Id] = text;
        }

        if (seed.QuoteStart is { } start)
        {
            if (start < 0 || start + seed.Quote.Length > text.Length || string.CompareOrdinal(text, start, seed.Quote, 0, seed.Quote.Length) != 0)
                throw ctx.Error(id, $"the quote is not found at position {start} of source '{seed.Source ?? defaultSource}'.");
            return (source, seed.Quote, start);
        }

        var first = text.IndexOf(seed.Quote, StringComparison.Ordinal);
        if (first < 0) throw ctx.Error(id, $"the quote is not found in source '{seed.Source ?? defaultSource}': \"{seed.Quote}\".");
        if (text.IndexOf(seed.Quote, first + 1, StringComparison.Ordinal) >= 0)
            throw ctx.Error(id, "the quote occurs more than once in its source; give \"quoteStart\".");
        return (source, seed.Quote, first);
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

    private async Task<Side> ToSide(FileContext ctx, SideSeed s, CancellationToken ct)
    {
        var conflict = await RefAsync<Conflict>(ctx, s.Id!, "conflict", s.Conflict, ct);
        return new Side
        {
            ConflictId = conflict.Id, Conflict = conflict.New,
            Name = Required(ctx, s.Id!, "name", s.Name, Configurations.Limits.Name),
            Kind = ParseEnum<SideKind>(ctx, s.Id!, "kind", s.Kind ?? nameof(SideKind.Single)),
        };
    }

    private async Task<Party> ToParty(FileContext ctx, PartySeed s, CancellationToken ct)
    {
        var conflict = await RefAsync<Conflict>(ctx, s.Id!, "conflict", s.Conflict, ct);
        var party = new Party
        {
            ConflictId = conflict.Id, Conflict = conflict.New,
            Name = Required(ctx, s.Id!, "name", s.Name, Configurations.Limits.Name),
            NameInSource = Optional(ctx, s.Id!, "nameInSource", s.NameInSource, Configurations.Limits.Name),
            Kind = ParseEnum<PartyKind>(ctx, s.Id!, "kind", s.Kind),
            Role = ParseEnum<PartyRole>(ctx, s.Id!, "role", s.Role),
        };
        var side = await OptionalRefAsync<Side>(ctx, s.Id!, "side", s.Side, ct);
        (party.SideId, party.Side) = (side?.Key, side?.New);
        return party;
    }

    private async Task<Official> ToOfficial(FileContext ctx, OfficialSeed s, CancellationToken ct)
    {
        var official = new Official
        {
            Name = Required(ctx, s.Id!, "name", s.Name, Configurations.Limits.Name),
            Aliases = Optional(ctx, s.Id!, "aliases", s.Aliases, Configurations.Limits.Name),
            Role = Required(ctx, s.Id!, "role", s.Role, Configurations.Limits.Name),
        };
        var party = await RefAsync<Party>(ctx, s.Id!, "party", s.Party, ct);
        (official.PartyId, official.Party) = (party.Id, party.New);
        return official;
    }

    private async Task<TimelineEvent> ToEvent(FileContext ctx, EventSeed s, CancellationToken ct)
    {
        var id = s.Id!;
        var local = Local(ctx, id, "occurredAt", s.OccurredAt);
        var (source, quote, start) = await QuoteAsync(ctx, s, null, ct);
        var conflict = await RefAsync<Conflict>(ctx, id, "conflict", s.Conflict, ct);
        var e = new TimelineEvent
        {
            ConflictId = conflict.Id, Conflict = conflict.New,
            Kind = ParseEnum<EventKind>(ctx, id, "kind", s.Kind),
            Title = Required(ctx, id, "title", s.Title, Configurations.Limits.Title),
            Description = Optional(ctx, id, "description", s.Description, Configurations.Limits.Description),
            OccurredAtLocal = local,
            EndedAtLocal = s.EndedAt is { } ended ? DateTime.SpecifyKind(ended, DateTimeKind.Unspecified) : null,
            Precision = ParseEnum<TimePrecision>(ctx, id, "precision", s.Precision),
            TimeZoneId = s.TimeZone ?? "",
            TimeZoneBasis = ParseEnum<TimeZoneBasis>(ctx, id, "timeZoneBasis", s.TimeZoneBasis),
            SourceId = source.Id, Source = source.New,
            Quote = quote,
            QuoteStart = start,
        };
        (e.PartyIds, e.Parties) = await PartiesAsync(ctx, id, s.Parties, ct);
        return e;
    }

    private async Task<Ceasefire> ToCeasefire(FileContext ctx, CeasefireSeed s, CancellationToken ct)
    {
        var id = s.Id!;
        var announced = Local(ctx, id, "announcedAt", s.AnnouncedAt);
        DateTime? inForce = s.InForceFrom is null ? null : Local(ctx, id, "inForceFrom", s.InForceFrom);
        var (source, quote, start) = await QuoteAsync(ctx, s, null, ct);
        var conflict = await RefAsync<Conflict>(ctx, id, "conflict", s.Conflict, ct);
        var name = Required(ctx, id, "name", s.Name, Configurations.Limits.Name);
        var mediator = await OptionalRefAsync<Party>(ctx, id, "mediator", s.Mediator, ct);
        var (storedParties, newParties) = await PartiesAsync(ctx, id, s.Parties, ct);
        return new Ceasefire
        {
            ConflictId = conflict.Id, Conflict = conflict.New,
            Name = name,
            MediatorPartyId = mediator?.Key, MediatorParty = mediator?.New,
            PartyIds = storedParties, Parties = newParties,
            AnnouncedAtLocal = announced,
            AnnouncedPrecision = ParseEnum<TimePrecision>(ctx, id, "announcedPrecision", s.AnnouncedPrecision),
            InForceFromLocal = inForce,
            InForcePrecision = ParseEnum<TimePrecision>(ctx, id, "inForcePrecision", s.InForcePrecision ?? s.AnnouncedPrecision),
            TimeZoneId = s.TimeZone ?? "",
            TimeZoneBasis = ParseEnum<TimeZoneBasis>(ctx, id, "timeZoneBasis", s.TimeZoneBasis),
            SourceId = source.Id, Source = source.New,
            Quote = quote,
            QuoteStart = start,
        };
    }

    private async Task<CeasefireTerm> ToTerm(FileContext ctx, (TermSeed Term, CeasefireSeed Ceasefire) pair, CancellationToken ct)
    {
        var (t, c) = pair;
        var (source, quote, start) = await QuoteAsync(ctx, t, c.Source, ct);
        var ceasefire = await RefAsync<Ceasefire>(ctx, t.Id!, "ceasefire", c.Id, ct);
        return new CeasefireTerm
        {
            CeasefireId = ceasefire.Id, Ceasefire = ceasefire.New,
            Kind = ParseEnum<CeasefireTermKind>(ctx, t.Id!, "kind", t.Kind),
            Description = Required(ctx, t.Id!, "description", t.Description, Configurations.Limits.Description),
            SourceId = source.Id, Source = source.New,
            Quote = quote,
            QuoteStart = start,
        };
    }

    private async Task<CasualtyReport> ToCasualtyReport(FileContext ctx, CasualtyReportSeed s, CancellationToken ct)
    {
        var id = s.Id!;
        var (source, quote, start) = await QuoteAsync(ctx, s, null, ct);
        var conflict = await RefAsync<Conflict>(ctx, id, "conflict", s.Conflict, ct);
        var side = await RefAsync<Side>(ctx, id, "affectedSide", s.AffectedSide, ct);
        var reporter = await RefAsync<Party>(ctx, id, "reporter", s.Reporter, ct);
        var report = new CasualtyReport
        {
            ConflictId = conflict.Id, Conflict = conflict.New,
            AffectedSideId = side.Id, AffectedSide = side.New,
            ReportingPartyId = reporter.Id, ReportingParty = reporter.New,
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
            SourceId = source.Id, Source = source.New,
            Quote = quote,
            QuoteStart = start,
        };
        if (s.IncludedIn is not null && report.Basis != FigureBasis.Increment)
            throw ctx.Error(id, "only an increment can be \"includedIn\" a cumulative report.");
        return report;
    }

    // Events come before ceasefires in a file (a ceasefire's parties and mediator are read first), so the ceasefire an
    // event is a milestone of is linked once both are read.
    private Task LinkCeasefireMilestonesAsync(FileContext ctx, List<EventSeed> seeds, CancellationToken ct) =>
        LinkLaterAsync<TimelineEvent, Ceasefire>(ctx, seeds.Select(e => (e.Id, e.Ceasefire)), "ceasefire",
            (e, ceasefire) => (e.CeasefireId, e.Ceasefire) = (ceasefire.Key, ceasefire.New), ct);

    private Task LinkIncludedReportsAsync(FileContext ctx, List<CasualtyReportSeed> seeds, CancellationToken ct) =>
        LinkLaterAsync<CasualtyReport, CasualtyReport>(ctx, seeds.Select(r => (r.Id, r.IncludedIn)), "includedIn",
            (r, cumulative) => (r.IncludedInReportId, r.IncludedInReport) = (cumulative.Key, cumulative.New), ct);

    /// <summary>
    /// Sets, on the records this run adds, a reference to a record the file may hold further on (both are read by
    /// now); a record already in the store is left as it is.
    /// </summary>
    private async Task LinkLaterAsync<TRecord, TTarget>(FileContext ctx, IEnumerable<(string? Id, string? Target)> seeds, string field,
        Action<TRecord, Ref<TTarget>> link, CancellationToken ct) where TRecord : Entity where TTarget : Entity
    {
        foreach (var (id, target) in seeds.Where(s => s.Target is not null))
            if (_new.TryGetValue((typeof(TRecord), id!), out var record))
                link((TRecord)record, await RefAsync<TTarget>(ctx, id!, field, target, ct));
    }

    private async Task<Statement> ToStatement(FileContext ctx, StatementSeed s, CancellationToken ct)
    {
        var id = s.Id!;
        var (source, quote, start) = await QuoteAsync(ctx, s, null, ct);
        var language = s.Language ?? source.New?.Language
            ?? await db.Sources.IgnoreQueryFilters().Where(x => x.Id == source.Id).Select(x => x.Language).FirstAsync(ct);
        var conflict = await RefAsync<Conflict>(ctx, id, "conflict", s.Conflict, ct);
        var speaker = await OptionalRefAsync<Official>(ctx, id, "speaker", s.Speaker, ct);
        var onBehalfOf = await RefAsync<Party>(ctx, id, "onBehalfOf", s.OnBehalfOf, ct);
        return new Statement
        {
            ConflictId = conflict.Id, Conflict = conflict.New,
            SpeakerId = speaker?.Key, Speaker = speaker?.New,
            OnBehalfOfPartyId = onBehalfOf.Id, OnBehalfOfParty = onBehalfOf.New,
            SaidOn = s.SaidOn,
            // A statement's words are its quote unless the file gives a fuller text.
            Text = Optional(ctx, id, "text", s.Text, Configurations.Limits.Quote) ?? quote,
            Language = Required(ctx, id, "language", language, 16),
            IsDirectQuote = s.IsDirectQuote ?? false,
            Summary = Optional(ctx, id, "summary", s.Summary, Configurations.Limits.Description),
            SourceId = source.Id, Source = source.New,
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
