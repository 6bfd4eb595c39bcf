using CeasefireTracker.Domain;
using CeasefireTracker.Features.Editing;
using CeasefireTracker.Data.Seeding;

namespace CeasefireTracker.Tests.Data.Seeding;

public sealed class SeedImporterTests : DatabaseTestBase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ceasefire-seed-{Guid.NewGuid():N}");

    protected override bool Seed => false;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(TestDatabase.SeedDirectory))
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private string SeedJsonPath => Path.Combine(_folder, "moscow-talks-2020-10-09.json");

    private async Task<int> CountAllAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Sources.IgnoreQueryFilters().CountAsync() + await db.Conflicts.IgnoreQueryFilters().CountAsync()
            + await db.Parties.IgnoreQueryFilters().CountAsync() + await db.CasualtyReports.IgnoreQueryFilters().CountAsync()
            + await db.Statements.IgnoreQueryFilters().CountAsync() + await db.TimelineEvents.IgnoreQueryFilters().CountAsync();
    }

    [Fact]
    public async Task ImportingTwiceAddsNothingTheSecondTime()
    {
        var first = await Database.SeedAsync(_folder);
        var countAfterFirst = await CountAllAsync();
        var second = await Database.SeedAsync(_folder);

        Assert.Equal(44, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(44, second.Skipped);
        Assert.Equal(countAfterFirst, await CountAllAsync());
    }

    [Fact]
    public async Task ARecordAnAnalystChangedIsNotOverwritten()
    {
        await Database.SeedAsync(_folder);
        await using (var db = Database.CreateContext())
        {
            var report = await db.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-az-civilians-killed-30");
            report.BestEstimate = 31;
            await db.SaveChangesAsync();
        }

        await Database.SeedAsync(_folder);

        await using var check = Database.CreateContext();
        Assert.Equal(31, (await check.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-az-civilians-killed-30")).BestEstimate);
    }

    [Fact]
    public async Task ARecordAnAnalystDeletedIsNotResurrected()
    {
        await Database.SeedAsync(_folder);
        await using (var db = Database.CreateContext())
        {
            var statement = await db.Statements.SingleAsync(s => s.ExternalId == "stmt-kalin-repetition-30-years");
            statement.IsDeleted = true;
            await db.SaveChangesAsync();
        }

        var result = await Database.SeedAsync(_folder);

        Assert.Equal(0, result.Added);
        await using var check = Database.CreateContext();
        Assert.False(await check.Statements.AnyAsync(s => s.ExternalId == "stmt-kalin-repetition-30-years"));
        Assert.True(await check.Statements.IgnoreQueryFilters().AnyAsync(s => s.ExternalId == "stmt-kalin-repetition-30-years" && s.IsDeleted));
    }

    public static TheoryData<string, string, string?, string> Corruptions => new()
    {
        { "\"kind\": \"Killed\"", "\"kind\": \"Slain\"", "cr-combined-killed-approx-400", "\"kind\" is 'Slain'" },
        { "\"bestEstimate\": 143", "\"bestEstimate\": -143", "cr-az-civilians-wounded-143", "cannot be negative" },
        { "\"quote\": \"Notons que 19 civils avaient été également tués\"", "\"quote\": \"Notons que 91 civils avaient été également tués\"", "cr-am-civilians-killed-19", "quote is not found" },
        { "\"reporter\": \"party-azerbaijani-authorities\"", "\"reporter\": \"party-nobody\"", "cr-az-civilians-killed-30", "'party-nobody'" },
        { "\"timeZone\": \"Europe/Istanbul\"", "\"timeZone\": \"Mars/Olympus\"", "event-kalin-statement-2020-10-09", "not a known time zone" },
        { "\"bestEstimate\": 400,", "\"bestEstimat\": 400,", null, "bestEstimat" },
        { "\"statements\": [", "\"statements\": [ {,", null, "invalid JSON" },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task AMalformedFileIsRefusedNamingFileAndRecordAndNothingIsWritten(string original, string corrupted, string? recordId, string problem)
    {
        var json = await File.ReadAllTextAsync(SeedJsonPath);
        Assert.Contains(original, json);
        await File.WriteAllTextAsync(SeedJsonPath, json.Replace(original, corrupted));

        var error = await Assert.ThrowsAsync<SeedDataException>(() => Database.SeedAsync(_folder));

        Assert.Equal("moscow-talks-2020-10-09.json", error.File);
        Assert.Contains("moscow-talks-2020-10-09.json", error.Message);
        if (recordId is not null) Assert.Equal(recordId, error.RecordId);
        Assert.Contains(problem, error.Message);
        Assert.Equal(0, await CountAllAsync());
    }

    [Fact]
    public async Task AnIdUsedTwiceIsRefused()
    {
        var json = await File.ReadAllTextAsync(SeedJsonPath);
        await File.WriteAllTextAsync(SeedJsonPath, json.Replace("\"id\": \"cr-am-civilians-killed-19\"", "\"id\": \"cr-az-civilians-killed-30\""));

        var error = await Assert.ThrowsAsync<SeedDataException>(() => Database.SeedAsync(_folder));

        Assert.Equal("cr-az-civilians-killed-30", error.RecordId);
        Assert.Equal(0, await CountAllAsync());
    }

    private async Task<SeedResult> SeedIfChangedAsync()
    {
        await using var db = Database.CreateContext();
        return await TestDatabase.Importer(db).ImportDirectoryIfChangedAsync(_folder);
    }

    private async Task<List<SeedImportStamp>> StampsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Set<SeedImportStamp>().AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task AnImportStampsTheFolderContentAndAnUnchangedFolderIsNotImportedAgain()
    {
        var first = await SeedIfChangedAsync();
        var second = await SeedIfChangedAsync();

        Assert.False(first.Unchanged);
        Assert.Equal(44, first.Added);
        var stamp = Assert.Single(await StampsAsync());
        Assert.Equal(SeedImportStamp.ComputeHash(_folder).Hash, stamp.ContentHash);
        Assert.Equal(44, stamp.RecordsAdded);
        Assert.True(second.Unchanged);
        Assert.Equal(0, second.Added + second.Skipped);
    }

    [Theory]
    [InlineData("moscow-talks-2020-10-09.json")]
    [InlineData("moscow-talks-2020-10-09.fr.txt")]
    public async Task AnyEditedFileInTheFolderLeadsToAFullImportThatKeepsAnalystChanges(string file)
    {
        await SeedIfChangedAsync();
        await using (var db = Database.CreateContext())
        {
            var report = await db.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-az-civilians-killed-30");
            report.BestEstimate = 31;
            await db.SaveChangesAsync();
        }
        await File.AppendAllTextAsync(Path.Combine(_folder, file), "\n");

        var result = await SeedIfChangedAsync();

        Assert.False(result.Unchanged);
        Assert.Equal(0, result.Added);
        Assert.Equal(44, result.Skipped);
        Assert.Equal(2, (await StampsAsync()).Count);
        await using var check = Database.CreateContext();
        // Nothing added, nothing audited: the seed's one operation is still the first import's.
        Assert.Null(result.OperationId);
        Assert.Equal(44, await check.AuditEntries.CountAsync());
        Assert.Equal(31, (await check.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-az-civilians-killed-30")).BestEstimate);
    }

    [Fact]
    public async Task AFileAddedToTheFolderIsImportedAsAnOperationOfItsOwn()
    {
        var first = await SeedIfChangedAsync();
        await File.WriteAllTextAsync(Path.Combine(_folder, "more.json"), """
            { "conflicts": [ { "id": "conflict-added-later", "name": "Added later" } ] }
            """);

        var result = await SeedIfChangedAsync();

        Assert.Equal(1, result.Added);
        await using var check = Database.CreateContext();
        var conflict = await check.Conflicts.SingleAsync(c => c.ExternalId == "conflict-added-later");
        var entry = await check.AuditEntries.SingleAsync(a => a.OperationId == result.OperationId);
        Assert.NotEqual(first.OperationId, result.OperationId);
        Assert.Equal((nameof(Conflict), conflict.Id, AuditAction.Create, SeedImporter.Actor, "Seed import of more.json, 1 record"),
            (entry.EntityType, entry.EntityId, entry.Action, entry.UserName, entry.Reason));
    }

    [Fact]
    public async Task AFolderLargerThanOneChunkIsWrittenInTheBatchWritesChunksAsOneOperationWithItsReferencesAcrossFiles()
    {
        const int pairs = 600;
        // Sides in a second file refer to conflicts new in the first: past the first chunk they refer to saved ones.
        await File.WriteAllTextAsync(Path.Combine(_folder, "x1-conflicts.json"), System.Text.Json.JsonSerializer.Serialize(new
        {
            conflicts = Enumerable.Range(0, pairs).Select(i => new { id = $"extra-conflict-{i}", name = $"Conflict {i}" }),
        }));
        await File.WriteAllTextAsync(Path.Combine(_folder, "x2-sides.json"), System.Text.Json.JsonSerializer.Serialize(new
        {
            sides = Enumerable.Range(0, pairs).Select(i => new { id = $"extra-side-{i}", conflict = $"extra-conflict-{i}", name = $"Side of {i}" }),
        }));

        var result = await SeedIfChangedAsync();

        Assert.Equal(44 + 2 * pairs, result.Added);
        await using var db = Database.CreateContext();
        var sides = await db.Sides.Where(s => s.ExternalId!.StartsWith("extra-side-")).Select(s => new { s.ExternalId, Conflict = s.Conflict!.ExternalId }).ToListAsync();
        Assert.Equal(pairs, sides.Count);
        Assert.All(sides, s => Assert.Equal(s.ExternalId!.Replace("extra-side-", "extra-conflict-"), s.Conflict));
        Assert.Single(await db.AuditEntries.Select(a => a.OperationId).Distinct().ToListAsync());
        // Each chunk of the batch write is one save, which stamps its records with one time: the first chunk holds the
        // article's 44 records, all the new conflicts and the first sides, the second the other sides (not a save per type).
        var times = await db.Sides.Where(s => s.ExternalId!.StartsWith("extra-")).Select(s => s.CreatedAtUtc)
            .Concat(db.Conflicts.Where(c => c.ExternalId!.StartsWith("extra-")).Select(c => c.CreatedAtUtc)).ToListAsync();
        var firstChunk = RecordEditor.ChunkSize - 44;
        Assert.Equal([2 * pairs - firstChunk, firstChunk], times.GroupBy(t => t).Select(g => g.Count()).Order());
    }

    [Fact]
    public async Task AMalformedChangeAfterAStampedImportIsStillRefusedNamingFileAndRecordAndNothingIsWritten()
    {
        await SeedIfChangedAsync();
        var countBefore = await CountAllAsync();
        var json = await File.ReadAllTextAsync(SeedJsonPath);
        // Records already in the store are not checked again (they are never touched), so the fault is in a new one.
        await File.WriteAllTextAsync(SeedJsonPath, json
            .Replace("\"id\": \"stmt-kalin-repetition-30-years\"", "\"id\": \"stmt-new\"")
            .Replace("\"onBehalfOf\": \"party-turkey\"", "\"onBehalfOf\": \"party-nobody\""));

        var error = await Assert.ThrowsAsync<SeedDataException>(SeedIfChangedAsync);

        Assert.Equal("moscow-talks-2020-10-09.json", error.File);
        Assert.Equal("stmt-new", error.RecordId);
        Assert.Contains("'party-nobody'", error.Message);
        Assert.Equal(countBefore, await CountAllAsync());
        Assert.Single(await StampsAsync());
    }

    [Fact]
    public async Task AFailedImportLeavesNoStampSoTheNextStartTriesAgain()
    {
        var json = await File.ReadAllTextAsync(SeedJsonPath);
        await File.WriteAllTextAsync(SeedJsonPath, json.Replace("\"kind\": \"Killed\"", "\"kind\": \"Slain\""));
        await Assert.ThrowsAsync<SeedDataException>(SeedIfChangedAsync);
        Assert.Empty(await StampsAsync());

        await File.WriteAllTextAsync(SeedJsonPath, json);
        var result = await SeedIfChangedAsync();

        Assert.Equal(44, result.Added);
    }

    [Fact]
    public async Task AMissingSeedFolderIsReported()
    {
        var error = await Assert.ThrowsAsync<SeedDataException>(() => Database.SeedAsync(Path.Combine(_folder, "nope")));
        Assert.Contains("does not exist", error.Message);
    }
}
