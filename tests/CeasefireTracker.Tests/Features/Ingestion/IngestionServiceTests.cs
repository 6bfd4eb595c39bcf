using CeasefireTracker.Features.Ingestion;

namespace CeasefireTracker.Tests.Features.Ingestion;

public class IngestionServiceTests
{
    private static readonly string SeedArticle = File.ReadAllText(Path.Combine(TestDatabase.SeedDirectory, "moscow-talks-2020-10-09.fr.txt"));

    private static IngestionService Service(TestDatabase database, System.Security.Claims.ClaimsPrincipal? user = null)
    {
        var auth = new TestUsers.Provider(user ?? TestUsers.Analyst);
        var editor = new RecordEditor(database.Factory, auth, NullLogger<RecordEditor>.Instance);
        return new IngestionService(database.Factory, new ArticleAnalyzer(LanguageCatalog.BuiltIn), LanguageCatalog.BuiltIn,
            new IngestionRecordWriter(editor), auth, NullLogger<IngestionService>.Instance);
    }

    private static async Task<int> NewConflictAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var conflict = new Conflict { Name = "Nagorno-Karabakh (ingested)" };
        db.Add(conflict);
        await db.SaveChangesAsync();
        return conflict.Id;
    }

    /// <summary>The seed article read into a new conflict of <paramref name="database"/>: the service, its session and proposals.</summary>
    private static async Task<(IngestionService Service, IngestionSession Session, List<Proposal> Proposals)> StartSeedArticleAsync(TestDatabase database)
    {
        var conflict = await NewConflictAsync(database);
        var service = Service(database);
        var started = await service.StartAsync(Request(conflict, SeedArticle));
        var session = (await service.FindAsync(started.SessionId!.Value))!;
        return (service, session, session.ReadProposals());
    }

    private static ArticleRequest Request(int conflictId, string text) => new()
    {
        ConflictId = conflictId, Text = text, Title = "Moscow talks", Date = new DateOnly(2020, 10, 9), Language = "fr",
    };

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    public async Task AnEmptyArticleIsRefusedWithAMessageAndNothingIsKept(string text, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(seed: false);
        var conflict = await NewConflictAsync(database);

        var outcome = await Service(database).StartAsync(Request(conflict, text));

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Messages, m => m.Contains(expected));
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Set<IngestionSession>().CountAsync());
    }

    [Fact]
    public async Task FiveMegabytesOfTextAreRefusedWithAMessage()
    {
        await using var database = await TestDatabase.CreateAsync(seed: false);
        var conflict = await NewConflictAsync(database);

        var outcome = await Service(database).StartAsync(Request(conflict, new string('x', 5 * 1024 * 1024)));

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Messages, m => m.Contains("at most"));
    }

    [Fact]
    public async Task AReaderCannotStartAnIngestion()
    {
        await using var database = await TestDatabase.CreateAsync(seed: false);
        var conflict = await NewConflictAsync(database);

        var outcome = await Service(database, TestUsers.Reader).StartAsync(Request(conflict, SeedArticle));

        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public async Task AnArticleInAnUnknownLanguageStillGetsASessionWithLowConfidenceNumbers()
    {
        await using var database = await TestDatabase.CreateAsync(seed: false);
        var conflict = await NewConflictAsync(database);
        var request = Request(conflict, "Ermenistan Savunma Bakanlığı 45 askerin öldürüldüğünü açıkladı.");
        request.Language = null;

        var outcome = await Service(database).StartAsync(request);

        Assert.True(outcome.Succeeded);
        Assert.NotEmpty(outcome.Messages);
        var session = await Service(database).FindAsync(outcome.SessionId!.Value);
        Assert.All(session!.ReadProposals(), p => Assert.Equal(Confidence.Low, p.Confidence));
    }

    [Fact]
    public async Task AcceptedProposalsAreSavedAsOneAuditedOperationWithTheArticleAsTheirSource()
    {
        await using var database = await TestDatabase.CreateAsync(seed: false);
        var (service, session, proposals) = await StartSeedArticleAsync(database);
        var increment = proposals.OfType<CasualtyFigureProposal>().Single(f => f.FigureAsWritten == "30 autres");
        var toll = proposals.OfType<CasualtyFigureProposal>().Single(f => f.BestEstimate == 350);
        increment.Status = toll.Status = ProposalStatus.Accepted;
        proposals.OfType<CasualtyFigureProposal>().Single(f => f.BestEstimate == 400).Status = ProposalStatus.Rejected;

        var (saved, problems, written) = await service.SaveAcceptedAsync(session.Id, session.Version, proposals);

        Assert.Empty(problems);
        Assert.NotNull(saved);
        await using var db = database.CreateContext();
        var reports = await db.CasualtyReports.Include(r => r.Source).Include(r => r.ReportingParty).Include(r => r.AffectedSide).ToListAsync();
        Assert.Equal(2, reports.Count);
        var stored = reports.Single(r => r.BestEstimate == 30);
        Assert.Equal(reports.Single(r => r.BestEstimate == 350).Id, stored.IncludedInReportId);
        Assert.Equal(SeedArticle, stored.Source!.FullText);
        Assert.Equal(stored.Quote, SeedArticle.Substring(stored.QuoteStart, stored.Quote.Length));
        Assert.Equal("Armenian side (reporter not named)", stored.ReportingParty!.Name);
        Assert.Equal("Armenia", stored.AffectedSide!.Name);
        var audit = await db.AuditEntries.ToListAsync();
        Assert.Equal(written, audit.Count);
        Assert.Single(audit.Select(a => a.OperationId).Distinct());
        Assert.All(audit, a => Assert.StartsWith("from article", a.Reason));
        Assert.Equal(saved!.SourceId, stored.SourceId);
        Assert.All(saved.ReadProposals().Where(p => p.Id == increment.Id || p.Id == toll.Id), p => Assert.Equal(ProposalStatus.Saved, p.Status));
    }

    [Fact]
    public async Task AProposalThatCannotBeSavedStopsTheWholeBatchAndNothingIsWritten()
    {
        await using var database = await TestDatabase.CreateAsync(seed: false);
        var (service, session, proposals) = await StartSeedArticleAsync(database);
        var figure = proposals.OfType<CasualtyFigureProposal>().Single(f => f.BestEstimate == 350);
        figure.Status = ProposalStatus.Accepted;
        figure.Low = 400; // above the best estimate: the validator refuses it
        proposals.OfType<CasualtyFigureProposal>().Single(f => f.BestEstimate == 19).Status = ProposalStatus.Accepted;

        var (saved, problems, _) = await service.SaveAcceptedAsync(session.Id, session.Version, proposals);

        Assert.Null(saved);
        Assert.NotEmpty(problems);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.CasualtyReports.CountAsync());
        Assert.Equal(0, await db.Sources.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task AgainstTheSeededStoreTheSeedArticlesFiguresAreAlreadyRecordedAndNothingNewIsProposedForItsParties()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var conflict = await db.Conflicts.Where(c => c.ExternalId == "conflict-nagorno-karabakh").Select(c => c.Id).SingleAsync();

        var started = await Service(database).StartAsync(Request(conflict, SeedArticle));
        var proposals = (await Service(database).FindAsync(started.SessionId!.Value))!.ReadProposals();

        Assert.All(proposals.OfType<CasualtyFigureProposal>(), f => Assert.True(f.Match == StoreMatch.AlreadyRecorded, f.Summary + " / " + f.PeriodEnd));
        Assert.Equal(StoreMatch.AlreadyRecorded, Assert.Single(proposals.OfType<CeasefireProposal>()).Match);
        Assert.DoesNotContain(proposals.OfType<SideProposal>(), s => true);
        Assert.DoesNotContain(proposals.OfType<OfficialProposal>(), o => o.Name.Contains("Lavrov"));
    }

    [Fact]
    public async Task AnotherTimeInForceForAStoredCeasefireIsAContestedClaimSavedBesideItNeverOverIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var conflict = await db.Conflicts.Where(c => c.ExternalId == "conflict-nagorno-karabakh").Select(c => c.Id).SingleAsync();
        var stored = await db.Ceasefires.AsNoTracking().SingleAsync();
        var text = "Le cessez-le-feu entre l'Azerbaïdjan et l'Arménie entrera en vigueur le 10 octobre à 12:00, a annoncé la Russie.";
        var service = Service(database);

        var started = await service.StartAsync(Request(conflict, text));
        var session = (await service.FindAsync(started.SessionId!.Value))!;
        var proposals = session.ReadProposals();
        var ceasefire = Assert.Single(proposals.OfType<CeasefireProposal>());
        Assert.Equal(StoreMatch.Contested, ceasefire.Match);
        Assert.Equal(stored.Id, ceasefire.StoredRecordId);
        ceasefire.Status = ProposalStatus.Accepted;
        var (saved, problems, _) = await service.SaveAcceptedAsync(session.Id, session.Version, proposals);

        Assert.Empty(problems);
        await using var after = database.CreateContext();
        var unchanged = await after.Ceasefires.AsNoTracking().SingleAsync();
        Assert.Equal(stored.InForceFromLocal, unchanged.InForceFromLocal);
        var claim = Assert.Single(await after.TimelineEvents.Where(e => e.SourceId == saved!.SourceId && e.Kind == EventKind.CeasefireInForce).ToListAsync());
        Assert.Equal(new DateTime(2020, 10, 10, 12, 0, 0), claim.OccurredAtLocal);
        Assert.Equal(stored.Id, claim.CeasefireId);
    }
}
