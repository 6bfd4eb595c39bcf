using System.Text.RegularExpressions;
using CeasefireTracker.BrowserTests.Infrastructure;
using CeasefireTracker.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace CeasefireTracker.BrowserTests.Overview;

public sealed class OverviewBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task AReaderSeesTheConflictAtAGlance()
    {
        var page = await app.NewPageAsync();
        var overview = new OverviewPageObject(page);
        await overview.OpenAsync();

        await Expect(overview.Section("The ceasefire")).ToBeVisibleAsync();
        await Expect(overview.Ceasefire).ToContainTextAsync("Mediator: Russia");
        await Expect(overview.Ceasefire).ToContainTextAsync("10 Oct 2020 00:00, Moscow time (UTC+3), implied");
        await Expect(overview.Headline("Armenia")).ToContainTextAsync("claimed by Armenian side (reporter not named)");
        await Expect(overview.Headline("Both sides (combined)")).ToContainTextAsync("about 400");
        await Expect(overview.Chart("Latest cumulative figures by side and category").Locator("svg").First).ToBeVisibleAsync();
        await Expect(overview.Chart("Each reporter's claimed killed toll for each side over time").Locator("svg").First).ToBeVisibleAsync();
        await Expect(overview.LatestEvents).ToHaveCountAsync(5);
    }

    [Fact]
    public async Task TheOverviewLeadsToAllCasualtyReports()
    {
        var page = await app.NewPageAsync();
        var overview = new OverviewPageObject(page);
        await overview.OpenAsync();

        await overview.OpenAllCasualtyReportsAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/casualties$"));
        await Expect(new CasualtiesPageObject(page).Figures).ToHaveCountAsync(9);
    }
}
