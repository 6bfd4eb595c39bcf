namespace CeasefireTracker.BrowserTests.Overview;

public sealed class OverviewBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task AReaderSeesTheConflictAtAGlance()
    {
        var overview = await app.OpenAsync(p => new OverviewPageObject(p));

        await Expect(overview.Section("The ceasefire")).ToBeVisibleAsync();
        await Expect(overview.Ceasefire).ToContainTextAsync("Mediator: Russia");
        await Expect(overview.Ceasefire).ToContainTextAsync("10 Oct 2020 00:00, Moscow time (UTC+3), implied");
        await Expect(overview.Headline("Armenia")).ToContainTextAsync("claimed by Armenian side (reporter not named)");
        await Expect(overview.Headline("Both sides (combined)")).ToContainTextAsync("about 400");
        await Expect(overview.Chart("Latest cumulative figures by side and category").GetByTestId("figure-bar").First).ToBeVisibleAsync();
        await Expect(overview.TollOnOneDate).ToContainTextAsync("9 Oct 2020");
        await Expect(overview.LatestEvents).ToHaveCountAsync(5);
    }

    [Fact]
    public async Task OnAPhoneEveryBarShowsItsLabelAndValueWithinTheScreenAndTheFiguresOpenAsATable()
    {
        var overview = await app.OpenAsync(p => new OverviewPageObject(p), screen: Screens.Phone);
        var chart = overview.Chart("Latest cumulative figures by side and category");

        var values = chart.GetByTestId("figure-bar-value");
        await Expect(values).ToHaveTextAsync(["19", "350", "30", "143", "400"]);
        foreach (var value in await values.AllAsync())
            Assert.True(await value.EvaluateAsync<bool>("e => e.getBoundingClientRect().right <= document.documentElement.clientWidth"));

        await overview.FiguresTable("chart-by-side").Locator("summary").ClickAsync();
        await Expect(overview.FiguresTable("chart-by-side").GetByRole(AriaRole.Row)).ToHaveCountAsync(6);
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
