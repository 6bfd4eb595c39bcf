using Bunit;
using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Overview;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Overview;

public sealed class HomePageTests : BunitTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Context.Services.AddCasualtyQueries();
        Context.Services.AddOverviewQueries();
    }

    [Fact]
    public void ShowsTheCountsOfTheStore()
    {
        var page = RenderWithProviders<HomePage>();
        page.WaitForAssertion(() => Assert.Equal("9", page.Find("[data-testid='count-Casualty reports']").TextContent));
        Assert.Equal("7", page.Find("[data-testid='count-Timeline events']").TextContent);
    }

    [Fact]
    public async Task RefreshReadsTheStoreAgain()
    {
        var page = RenderWithProviders<HomePage>();
        page.WaitForAssertion(() => Assert.Equal("5", page.Find("[data-testid='count-Statements']").TextContent));
        await using (var db = Database.CreateContext())
        {
            (await db.Statements.FirstAsync()).IsDeleted = true;
            await db.SaveChangesAsync();
        }

        page.FindAll("button").Single(b => b.TextContent.Contains("Refresh counts")).Click();

        page.WaitForAssertion(() => Assert.Equal("4", page.Find("[data-testid='count-Statements']").TextContent));
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
        Assert.Equal("9 Oct 2020 (Europe/Moscow, implied)", page.Find("[data-testid='announced']").TextContent);
        Assert.Equal("10 Oct 2020 00:00 (Europe/Moscow, implied)", page.Find("[data-testid='in-force']").TextContent);
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

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='chart-by-side'] svg")));
        Assert.NotEmpty(page.FindAll("[data-testid='chart-toll'] svg"));
        var events = page.FindAll("[data-testid='latest-event']");
        Assert.Equal(5, events.Count);
        Assert.Contains("Ceasefire enters into force", events[0].TextContent);
        Assert.Contains("10 Oct 2020 00:00 (Europe/Moscow, implied)", events[0].TextContent);
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
}
