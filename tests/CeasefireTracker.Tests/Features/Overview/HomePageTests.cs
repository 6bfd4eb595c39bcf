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
}
