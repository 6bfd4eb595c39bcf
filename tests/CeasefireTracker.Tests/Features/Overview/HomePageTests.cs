using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Overview;

namespace CeasefireTracker.Tests.Features.Overview;

public sealed class HomePageTests() : BunitTestBase(services => services.AddCasualtyQueries().AddOverviewQueries())
{
    [Fact]
    public void ShowsTheCountsOfTheStore()
    {
        var page = RenderWithProviders<HomePage>();
        page.WaitForAssertion(() => Assert.Equal("9", page.Find("[data-testid='count-Casualty reports']").TextContent));
        Assert.Equal("7", page.Find("[data-testid='count-Timeline events']").TextContent);
    }

    [Fact]
    public async Task TheNextReaderAfterASaveSeesTheNewCount()
    {
        var page = RenderWithProviders<HomePage>();
        page.WaitForAssertion(() => Assert.Equal("5", page.Find("[data-testid='count-Statements']").TextContent));
        await using (var db = Database.CreateContext())
        {
            (await db.Statements.FirstAsync()).IsDeleted = true;
            await db.SaveChangesAsync();
        }

        var next = Context.Render<HomePage>();

        next.WaitForAssertion(() => Assert.Equal("4", next.Find("[data-testid='count-Statements']").TextContent));
    }

    [Fact]
    public void TheCeasefireIsSummarisedWithMediatorPartiesTimesInTheirZoneAndTerms()
    {
        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='ceasefire-summary']")));
        var summary = page.Find("[data-testid='ceasefire-summary']").TextContent;
        Assert.Contains("Moscow ceasefire of 10 October 2020", summary);
        Assert.Contains("Mediator: Russia", summary);
        Assert.Contains("Armenia, Azerbaijan", summary);
        Assert.Equal("9 Oct 2020, Moscow time (UTC+3), implied", page.Find("[data-testid='announced']").TextContent);
        Assert.Equal("10 Oct 2020 00:00, Moscow time (UTC+3), implied", page.Find("[data-testid='in-force']").TextContent);
        Assert.Equal(3, page.FindAll("[data-testid='term']").Count);
    }

    [Fact]
    public void HeadlineFiguresNameWhoClaimsThemAndNeverAddTheIncrement()
    {
        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='headline-Armenia']")));
        var armenia = page.Find("[data-testid='headline-Armenia']").TextContent;
        Assert.Contains("350", armenia);
        Assert.Contains("claimed by Armenian side (reporter not named)", armenia);
        Assert.Contains("Total killed per Armenian side (reporter not named): 369.", armenia);
        Assert.DoesNotContain("380", armenia);
        var combined = page.Find("[data-testid='headline-Both sides (combined)']").TextContent;
        Assert.Contains("about 400", combined);
        Assert.Contains("thousands", combined);
        Assert.Contains("claimed by The article itself (figure not attributed)", combined);
    }

    [Fact]
    public void TheChartsAndTheLatestFiveEventsAreShown()
    {
        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='chart-by-side'] [data-testid='figure-bar']")));
        // Every seeded figure is for 9 October: one date, so a sentence instead of a line.
        Assert.NotEmpty(page.FindAll("[data-testid='chart-toll-single-date']"));
        var events = page.FindAll("[data-testid='latest-event']");
        Assert.Equal(5, events.Count);
        Assert.Contains("Ceasefire enters into force", events[0].TextContent);
        Assert.Contains("10 Oct 2020 00:00, Moscow time (UTC+3), implied", events[0].TextContent);
    }

    [Fact]
    public void TheHeadingsAreInOrder()
    {
        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='latest-event']")));
        var levels = page.FindAll("h1, h2, h3, h4, h5, h6").Select(h => int.Parse(h.TagName[1..])).ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
    }

    /// <summary>A second conflict whose timeline moved last, with one reporter's killed toll for one side.</summary>
    private async Task<int> AddLaterConflictAsync()
    {
        await using var db = Database.CreateContext();
        var source = await db.Sources.FirstAsync();
        var conflict = new Conflict { Name = "Northern border war" };
        var side = new Side { Conflict = conflict, Name = "Northland", Kind = SideKind.Single };
        var reporter = new Party { Conflict = conflict, Name = "Northland health ministry" };
        db.AddRange(conflict, side, reporter);
        db.TimelineEvents.Add(new TimelineEvent
        {
            Conflict = conflict, Kind = EventKind.Fighting, Title = "Shelling on the northern border", OccurredAtLocal = new DateTime(2024, 3, 1),
            OccurredAtUtc = new DateTime(2024, 3, 1), TimeZoneId = "UTC", SourceId = source.Id, Quote = source.FullText[..10],
        });
        db.CasualtyReports.Add(new CasualtyReport
        {
            Conflict = conflict, AffectedSide = side, ReportingParty = reporter, Category = CasualtyCategory.Civilian,
            Kind = CasualtyKind.Killed, BestEstimate = 12, Qualifier = FigureQualifier.Exact, Basis = FigureBasis.Cumulative,
            PeriodEnd = new DateOnly(2024, 3, 1), SourceId = source.Id, Quote = source.FullText[..10],
        });
        await db.SaveChangesAsync();
        return conflict.Id;
    }

    [Fact]
    public async Task WithSeveralConflictsTheOneWhoseTimelineMovedLastIsShownAndTheOthersCanBeChosen()
    {
        await AddLaterConflictAsync();

        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.Contains("Shelling on the northern border", page.Markup));
        Assert.Contains("Northland health ministry", page.Find("[data-testid='headline-Northland']").TextContent);
        Assert.Empty(page.FindAll("[data-testid='headline-Armenia']"));
        Assert.Empty(page.FindAll("[data-testid='ceasefire-summary']"));
        Assert.NotEmpty(page.FindAll("[data-testid='conflict-focus']"));
    }

    [Fact]
    public async Task TheAddressChoosesTheConflict()
    {
        await AddLaterConflictAsync();
        int seeded;
        await using (var db = Database.CreateContext())
            seeded = await db.Conflicts.Where(c => c.ExternalId != null).Select(c => c.Id).SingleAsync();
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo($"?conflict={seeded}");

        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='ceasefire-summary']")));
        Assert.NotEmpty(page.FindAll("[data-testid='headline-Armenia']"));
        Assert.Empty(page.FindAll("[data-testid='headline-Northland']"));
    }

    [Fact]
    public async Task AnUnknownConflictInTheAddressIsNamedAndTheLatestIsShown()
    {
        await AddLaterConflictAsync();
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("?conflict=999");

        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.Contains("conflict 999 is not a known conflict; Northern border war is shown.",
            page.Find("[data-testid='filter-problems']").TextContent));
        Assert.NotEmpty(page.FindAll("[data-testid='headline-Northland']"));
    }

    [Fact]
    public void WithOneConflictThereIsNothingToChoose()
    {
        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='ceasefire-summary']")));
        Assert.Empty(page.FindAll("[data-testid='conflict-focus']"));
    }
}
