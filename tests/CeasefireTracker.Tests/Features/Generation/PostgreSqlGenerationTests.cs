using CeasefireTracker.Features.Generation;

namespace CeasefireTracker.Tests.Features.Generation;

/// <summary>
/// <c>generate</c> into PostgreSQL (binary COPY): the same seed gives the same records as the SQLite file, the summaries
/// are those of the records, and the store takes new records afterwards (each identity moved past the loaded Ids).
/// </summary>
public sealed class PostgreSqlGenerationTests : IAsyncLifetime
{
    private readonly string _sqlitePath = GeneratedDatabase.NewPath();
    private readonly string _postgres = TestStore.PostgreSqlServer is null
        ? ""
        : TestStore.PostgreSqlDatabase($"ceasefire_gen_{Guid.NewGuid():N}");

    private static GenerationOptions Options(string path) =>
        GeneratedDatabase.Options(path) with { Reports = 2_000, Events = 200, Statements = 30 };

    private TrackerDbContext Postgres() => new(StoreProviders.TrackerOptions(DatabaseProvider.PostgreSQL, _postgres));

    private TrackerDbContext Sqlite() => new(StoreProviders.TrackerOptions(DatabaseProvider.Sqlite, GeneratedDatabase.ConnectionString(_sqlitePath)));

    public async Task InitializeAsync()
    {
        if (_postgres == "") return;
        await GenerateCommand.GenerateAsync(Options(_sqlitePath));
        await GenerateCommand.GenerateAsync(Options("") with { PostgreSqlConnectionString = _postgres });
    }

    public async Task DisposeAsync()
    {
        GeneratedDatabase.Delete(_sqlitePath);
        if (_postgres != "") await TestStore.DropPostgreSqlDatabaseAsync(_postgres);
    }

    [PostgreSqlFact]
    public async Task TheSameSeedWritesTheSameRecordsIntoPostgreSqlAsIntoSqlite()
    {
        await using var pg = Postgres();
        await using var sqlite = Sqlite();
        Assert.Equal(2_000, await pg.CasualtyReports.IgnoreQueryFilters().CountAsync());
        Assert.Equal(await Dump(sqlite), await Dump(pg));
    }

    [PostgreSqlFact]
    public Task TheGeneratedPostgreSqlStoreHasTheSummariesOfItsRecords() =>
        Summaries.SummaryTests.AssertSummariesRightAsync(new ContextFactory(Postgres), "after generating into PostgreSQL");

    [PostgreSqlFact]
    public async Task ARecordSavedAfterTheLoadTakesTheNextIds()
    {
        await using var db = Postgres();
        var template = await db.CasualtyReports.OrderBy(r => r.Id).FirstAsync();
        var source = new Source { Title = "Added after generation", Publisher = "Test", Language = "en", FullText = "Two were killed." };
        var conflict = new Conflict { Name = "Added after generation" };
        db.AddRange(source, conflict);
        await db.SaveChangesAsync();
        var report = new CasualtyReport
        {
            ConflictId = template.ConflictId, AffectedSideId = template.AffectedSideId, ReportingPartyId = template.ReportingPartyId,
            Category = CasualtyCategory.Civilian, Kind = CasualtyKind.Killed, Basis = FigureBasis.Increment, BestEstimate = 2,
            PeriodEnd = template.PeriodEnd, SourceId = source.Id, Quote = "Two were killed.",
        };
        db.Add(report);
        await db.SaveChangesAsync();

        Assert.Equal(2_001, report.Id);
        Assert.Equal(await db.Sources.CountAsync(), source.Id);
        Assert.Equal(3, conflict.Id);
    }

    [PostgreSqlFact]
    public async Task ADatabaseWithRecordsIsKeptUnlessForceIsGiven()
    {
        var command = new GenerateCommand(Microsoft.Extensions.Logging.Abstractions.NullLogger<GenerateCommand>.Instance);

        Assert.Equal(GenerateCommand.FileExists, await command.RunAsync(["--reports", "10"], _postgres, CancellationToken.None));
        await using var db = Postgres();
        Assert.Equal(2_000, await db.CasualtyReports.IgnoreQueryFilters().CountAsync());
    }

    /// <summary>Every generated record's content, in one comparable text per table.</summary>
    private static async Task<List<string>> Dump(TrackerDbContext db) =>
    [
        .. (await db.CasualtyReports.IgnoreQueryFilters().OrderBy(r => r.Id).ToListAsync()).Select(r =>
            $"{r.Id}|{r.ExternalId}|{r.Version}|{r.IsDeleted}|{r.CreatedAtUtc:yyyy-MM-dd HH:mm:ss}|{r.ConflictId}|{r.AffectedSideId}|{r.ReportingPartyId}|" +
            $"{r.Category}|{r.Kind}|{r.Basis}|{r.Qualifier}|{r.BestEstimate}|{r.Low}|{r.High}|{r.PeriodStart}|{r.PeriodEnd}|" +
            $"{r.IncludedInReportId}|{r.SourceId}|{r.QuoteStart}|{r.Quote}"),
        .. (await db.Sources.IgnoreQueryFilters().OrderBy(s => s.Id).ToListAsync()).Select(s =>
            $"{s.Id}|{s.ExternalId}|{s.Version}|{s.Title}|{s.Publisher}|{s.PublishedOn}|{s.ReferenceDate}|{s.FullText}"),
        .. (await db.TimelineEvents.IgnoreQueryFilters().Include(e => e.Parties).OrderBy(e => e.Id).ToListAsync()).Select(e =>
            $"{e.Id}|{e.ExternalId}|{e.Kind}|{e.Title}|{e.OccurredAtLocal:yyyy-MM-dd HH:mm}|{e.OccurredAtUtc:yyyy-MM-dd HH:mm}|{e.EndedAtLocal:yyyy-MM-dd HH:mm}|{e.Precision}|" +
            $"{e.TimeZoneId}|{e.TimeZoneBasis}|{e.SourceId}|{e.QuoteStart}|{string.Join(",", e.Parties.Select(p => p.Id).Order())}"),
        .. (await db.Statements.IgnoreQueryFilters().OrderBy(s => s.Id).ToListAsync()).Select(s =>
            $"{s.Id}|{s.ExternalId}|{s.SpeakerId}|{s.OnBehalfOfPartyId}|{s.SaidOn}|{s.IsDirectQuote}|{s.Summary}|{s.Text}|{s.Quote}"),
        .. (await db.Parties.IgnoreQueryFilters().OrderBy(p => p.Id).ToListAsync()).Select(p =>
            $"{p.Id}|{p.Name}|{p.Kind}|{p.Role}|{p.SideId}|{p.ParentPartyId}"),
        .. (await db.Officials.IgnoreQueryFilters().OrderBy(o => o.Id).ToListAsync()).Select(o => $"{o.Id}|{o.Name}|{o.Role}|{o.PartyId}"),
    ];
}
