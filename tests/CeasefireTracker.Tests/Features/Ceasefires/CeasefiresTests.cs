using CeasefireTracker.Features.Ceasefires;

namespace CeasefireTracker.Tests.Features.Ceasefires;

public sealed class CeasefiresPageTests() : BunitTestBase(services => services.AddCeasefireQueries())
{
    [Fact]
    public void ShowsTheCeasefireWithMediatorPartiesTimesAndTerms()
    {
        var page = RenderWithProviders<CeasefiresPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid='ceasefire-card']")));
        var card = page.Find("[data-testid='ceasefire-card']");

        Assert.Contains("Moscow ceasefire of 10 October 2020", card.TextContent);
        Assert.Contains("Mediator: Russia", card.TextContent);
        Assert.Contains("Parties: Armenia, Azerbaijan", card.TextContent);
        Assert.Contains("9 Oct 2020, Moscow time (UTC+3), implied", page.Find("[data-testid='announced']").TextContent);
        Assert.Contains("10 Oct 2020 00:00, Moscow time (UTC+3), implied", page.Find("[data-testid='in-force']").TextContent);
        Assert.Equal(3, page.FindAll("[data-testid='term-description']").Count);
        Assert.Equal(4, card.QuerySelectorAll("a").Count(a => a.TextContent == "Open in source"));
    }

    [Fact]
    public async Task TheSeedsAnnouncementAndEntryIntoForceAreMilestonesOfItsCeasefireAndClaimNoOtherTime()
    {
        await using var db = Database.CreateContext();
        var ceasefire = await db.Ceasefires.SingleAsync();
        var milestones = await db.TimelineEvents.Where(e => e.CeasefireId == ceasefire.Id).Select(e => e.ExternalId).OrderBy(e => e).ToListAsync();
        Assert.Equal(["event-ceasefire-in-force-2020-10-10", "event-lavrov-announces-ceasefire"], milestones);
        Assert.Empty(Assert.Single((await new CeasefireQuery(Database.Factory).ReadAsync()).Cards).OtherInForceClaims);
    }

    [Fact]
    public async Task AnotherSourcesTimeInForceStandsBesideTheCeasefiresOwn()
    {
        await using (var db = Database.CreateContext())
        {
            var ceasefire = await db.Ceasefires.SingleAsync();
            var inForce = await db.TimelineEvents.SingleAsync(e => e.ExternalId == "event-ceasefire-in-force-2020-10-10");
            db.TimelineEvents.Add(new CeasefireTracker.Domain.TimelineEvent
            {
                ConflictId = ceasefire.ConflictId, Kind = CeasefireTracker.Domain.EventKind.CeasefireInForce, Title = "Ceasefire in force (contested time)",
                OccurredAtLocal = new DateTime(2020, 10, 10, 12, 0, 0), OccurredAtUtc = new DateTime(2020, 10, 10, 9, 0, 0),
                Precision = CeasefireTracker.Domain.TimePrecision.Minute, TimeZoneId = "Europe/Moscow", CeasefireId = ceasefire.Id,
                SourceId = inForce.SourceId, Quote = inForce.Quote, QuoteStart = inForce.QuoteStart,
            });
            await db.SaveChangesAsync();
        }

        var page = RenderWithProviders<CeasefiresPage>();

        page.WaitForAssertion(() => Assert.Contains("10 Oct 2020 12:00, Moscow time (UTC+3)", page.Find("[data-testid='other-in-force-claims']").TextContent));
        Assert.Contains("10 Oct 2020 00:00, Moscow time (UTC+3), implied", page.Find("[data-testid='in-force']").TextContent);
    }

    [Fact]
    public void APageBeyondTheLastSaysSo()
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("ceasefires?page=7");
        var page = RenderWithProviders<CeasefiresPage>();
        page.WaitForAssertion(() => Assert.Contains("page 7 is past the last page (1)", page.Find("[data-testid='filter-problems']").TextContent));
    }

    [Fact]
    public async Task TheQueryPagesOnTheServer()
    {
        var query = new CeasefireQuery(Database.Factory);
        var first = await query.ReadAsync(page: 1, pageSize: 1);
        var second = await query.ReadAsync(page: 2, pageSize: 1);
        Assert.Equal(1, first.Total);
        Assert.Single(first.Cards);
        Assert.Empty(second.Cards);
    }
}

public sealed class CeasefiresHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task TheCeasefirePageIsPrerenderedWithItsTerms()
    {
        await factory.AssertPageShowsAsync("/ceasefires", "Moscow ceasefire of 10 October 2020", "Exchange of bodies", "href=\"sources/1?highlight=");
    }

    [Theory]
    [InlineData("page=abc", "page \"abc\" is not a whole number")]
    [InlineData("page=0", "page \"0\" is not a whole number")]
    [InlineData("page=99", "page 99 is past the last page")]
    public async Task ABadPageIsNamedNotAnError(string query, string message)
    {
        Assert.Contains(message, await factory.GetPageAsync($"/ceasefires?{query}"));
    }
}
