using CeasefireTracker.Data.Seeding;
using CeasefireTracker.Features.Generation;
using Microsoft.Data.Sqlite;

namespace CeasefireTracker.Tests.Features.Generation;

public sealed class SyntheticDataGeneratorTests(GeneratedDatabase generated) : IClassFixture<GeneratedDatabase>
{
    [Fact]
    public async Task ItWritesExactlyTheRequestedNumberOfRecords()
    {
        await using var db = generated.CreateContext();
        Assert.Equal(3_000, await db.CasualtyReports.IgnoreQueryFilters().CountAsync());
        Assert.Equal(400, await db.TimelineEvents.IgnoreQueryFilters().CountAsync());
        Assert.Equal(60, await db.Statements.IgnoreQueryFilters().CountAsync());
        Assert.Equal(2, await db.Conflicts.CountAsync());
        Assert.Equal(generated.Summary.Sources, await db.Sources.CountAsync());
    }

    [Fact]
    public Task TheGeneratedStoreHasTheSummariesOfItsRecords() =>
        Summaries.SummaryTests.AssertSummariesRightAsync(generated.Factory, "after generating");

    [Fact]
    public async Task TheSameSeedWritesTheSameRowsAndAnotherSeedOtherRows()
    {
        var same = GeneratedDatabase.NewPath();
        var other = GeneratedDatabase.NewPath();
        try
        {
            await GenerateCommand.GenerateAsync(GeneratedDatabase.Options(same));
            await GenerateCommand.GenerateAsync(GeneratedDatabase.Options(other, seed: 8));

            var expected = await DumpAsync(generated.Path);
            Assert.Equal(expected, await DumpAsync(same));
            Assert.NotEqual(expected, await DumpAsync(other));
        }
        finally
        {
            GeneratedDatabase.Delete(same);
            GeneratedDatabase.Delete(other);
        }
    }

    [Fact]
    public async Task EveryQuoteStandsInItsSourceAtItsQuoteStart()
    {
        await using var db = generated.CreateContext();
        var texts = await db.Sources.ToDictionaryAsync(s => s.Id, s => s.FullText);
        var quoted = (await db.CasualtyReports.IgnoreQueryFilters().Select(r => new { r.SourceId, r.Quote, r.QuoteStart }).ToListAsync())
            .Concat(await db.TimelineEvents.Select(e => new { e.SourceId, e.Quote, e.QuoteStart }).ToListAsync())
            .Concat(await db.Statements.Select(s => new { s.SourceId, s.Quote, s.QuoteStart }).ToListAsync())
            .ToList();

        Assert.Equal(3_460, quoted.Count);
        Assert.All(quoted, q => Assert.Equal(q.Quote, texts[q.SourceId].Substring(q.QuoteStart, q.Quote.Length)));
    }

    [Fact]
    public async Task EveryGeneratedFigureStandsInItsQuote()
    {
        await using var db = generated.CreateContext();
        var reports = await db.CasualtyReports.IgnoreQueryFilters().ToListAsync();
        Assert.All(reports, r => Assert.Empty(QuoteFigures.Check(r)));
    }

    [Fact]
    public async Task EveryIncrementIsInsideACumulativeTollOfTheSameReporterSideAndKind()
    {
        await using var db = generated.CreateContext();
        var reports = await db.CasualtyReports.IgnoreQueryFilters().ToDictionaryAsync(r => r.Id);
        var increments = reports.Values.Where(r => r.Basis == FigureBasis.Increment).ToList();

        Assert.InRange(increments.Count, 500, 1_500);
        Assert.All(increments, increment =>
        {
            var toll = reports[Assert.NotNull(increment.IncludedInReportId)];
            Assert.Equal(FigureBasis.Cumulative, toll.Basis);
            Assert.Equal((increment.ReportingPartyId, increment.AffectedSideId, increment.Category, increment.Kind),
                (toll.ReportingPartyId, toll.AffectedSideId, toll.Category, toll.Kind));
            Assert.True(toll.PeriodEnd >= increment.PeriodEnd);
            if (toll.BestEstimate is { } total) Assert.True(total >= increment.BestEstimate, $"report {toll.Id} counts fewer than its increment {increment.Id}");
        });
    }

    [Fact]
    public async Task CumulativeTollsOfOneSeriesNeverShrink()
    {
        await using var db = generated.CreateContext();
        var series = (await db.CasualtyReports
                .Where(r => r.Basis == FigureBasis.Cumulative && r.Qualifier == FigureQualifier.Exact)
                .Select(r => new { r.ReportingPartyId, r.AffectedSideId, r.Category, r.Kind, r.Id, r.BestEstimate })
                .ToListAsync())
            .GroupBy(r => (r.ReportingPartyId, r.AffectedSideId, r.Category, r.Kind));

        Assert.All(series, s =>
        {
            var figures = s.OrderBy(r => r.Id).Select(r => r.BestEstimate!.Value).ToList();
            Assert.Equal(figures.Order(), figures);
        });
    }

    [Fact]
    public async Task EveryFigureKeepsTheCasualtyRulesAndIsWordedInSeveralWays()
    {
        await using var db = generated.CreateContext();
        var reports = await db.CasualtyReports.IgnoreQueryFilters().ToListAsync();

        Assert.All(reports, r => Assert.Empty(CasualtyFigureRules.Check(r)));
        var qualifiers = reports.GroupBy(r => r.Qualifier).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(qualifiers[FigureQualifier.Exact] > reports.Count / 2);
        Assert.Contains(FigureQualifier.Approximate, qualifiers.Keys);
        Assert.Contains(FigureQualifier.AtLeast, qualifiers.Keys);
        Assert.Contains(FigureQualifier.Undisclosed, qualifiers.Keys);
    }

    [Fact]
    public async Task ReportsCoverBothSidesTheCombinedSideAndSeveralReportersPerConflict()
    {
        await using var db = generated.CreateContext();
        var perConflict = await db.CasualtyReports.GroupBy(r => r.ConflictId)
            .Select(g => new
            {
                Sides = g.Select(r => r.AffectedSideId).Distinct().Count(),
                Reporters = g.Select(r => r.ReportingPartyId).Distinct().Count(),
            })
            .ToListAsync();

        Assert.Equal(2, perConflict.Count);
        Assert.All(perConflict, c => Assert.Equal(3, c.Sides));
        Assert.All(perConflict, c => Assert.Equal(6, c.Reporters));
    }

    [Fact]
    public async Task EveryReferenceLeadsToAnExistingRecordAndEveryStableIdIsMarkedGenerated()
    {
        await using var connection = new SqliteConnection(GeneratedDatabase.ConnectionString(generated.Path));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check;";
        await using (var reader = await command.ExecuteReaderAsync())
            Assert.False(await reader.ReadAsync(), "a generated row points to a missing record");

        command.CommandText = """
            SELECT COUNT(*) FROM (SELECT ExternalId FROM CasualtyReports UNION ALL SELECT ExternalId FROM TimelineEvents
              UNION ALL SELECT ExternalId FROM Statements UNION ALL SELECT ExternalId FROM Sources UNION ALL SELECT ExternalId FROM Parties)
            WHERE ExternalId NOT LIKE 'gen-%'
            """;
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task TheArticleSeedImportsOnTopOfAGeneratedDatabase()
    {
        var path = GeneratedDatabase.NewPath();
        try
        {
            await GenerateCommand.GenerateAsync(GeneratedDatabase.Options(path) with { Reports = 100, Events = 10, Statements = 5 });
            await using var db = new TrackerDbContext(new DbContextOptionsBuilder<TrackerDbContext>()
                .UseSqlite(GeneratedDatabase.ConnectionString(path)).Options);

            var result = await TestDatabase.Importer(db).ImportDirectoryAsync(TestDatabase.SeedDirectory);

            Assert.Equal(44, result.Added);
            Assert.Equal(109, await db.CasualtyReports.IgnoreQueryFilters().CountAsync());
            Assert.Equal(3, await db.Conflicts.CountAsync());
        }
        finally
        {
            GeneratedDatabase.Delete(path);
        }
    }

    /// <summary>Every row of the tables the generator writes, as text, in key order.</summary>
    private static async Task<List<string>> DumpAsync(string path)
    {
        await using var connection = new SqliteConnection(GeneratedDatabase.ConnectionString(path));
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var table in new[] { "Conflicts", "Sides", "Parties", "Officials", "Sources", "CasualtyReports", "TimelineEvents", "Statements" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY Id";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add(table + ":" + string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        }

        return rows;
    }
}
