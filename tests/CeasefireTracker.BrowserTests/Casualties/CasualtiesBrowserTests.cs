namespace CeasefireTracker.BrowserTests.Casualties;

public sealed class CasualtiesBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    // Newest first, then by record number: the seed imports these four in the reverse order.
    private static readonly string[] ArmeniaFigures = ["many", "19", "30", "350"];

    [Fact]
    public async Task FilteringToOneSideLeavesOnlyThatSidesReportsAndBackUndoesIt()
    {
        var page = await app.NewPageAsync();
        var grid = new CasualtiesPageObject(page);
        await grid.OpenAsync();
        await Expect(grid.Heading).ToBeVisibleAsync();
        await Expect(grid.Figures).ToHaveCountAsync(9);

        await grid.FilterBySideAsync("Armenia");

        await Expect(page).ToHaveURLAsync(new Regex(@"/casualties\?side=\d+$"));
        await Expect(grid.Figures).ToHaveCountAsync(4);
        await Expect(grid.Figures).ToHaveTextAsync(ArmeniaFigures);
        foreach (var row in await grid.Rows.AllAsync())
            await Expect(row.Locator("td").First).ToHaveTextAsync("Armenia");

        await page.GoBackAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/casualties$"));
        await Expect(grid.Figures).ToHaveCountAsync(9);
    }

    [Fact]
    public async Task ASharedFilteredAddressOpensTheSameFilteredView()
    {
        var first = await app.NewPageAsync();
        var grid = new CasualtiesPageObject(first);
        await grid.OpenAsync();
        await grid.FilterBySideAsync("Armenia");
        await Expect(grid.Figures).ToHaveCountAsync(4);
        var shared = first.Url;

        var second = await app.NewPageAsync();
        var sharedGrid = new CasualtiesPageObject(second);
        await second.GotoReaderAsync(shared);

        await Expect(sharedGrid.Figures).ToHaveCountAsync(4);
        await Expect(sharedGrid.Figures).ToHaveTextAsync(ArmeniaFigures);
        await Expect(sharedGrid.ChosenSide).ToHaveTextAsync("Armenia");
        await Expect(sharedGrid.Totals).ToContainTextAsync(["369"]);
    }

    [Fact]
    public async Task ABadAddressIsReportedNotFailed()
    {
        var grid = await app.OpenAsync(p => new CasualtiesPageObject(p), "?side=abc&category=Nope");

        await Expect(grid.QueryProblems).ToHaveCountAsync(2);
        await Expect(grid.Figures).ToHaveCountAsync(9);
    }
}
