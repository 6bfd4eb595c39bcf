namespace CeasefireTracker.BrowserTests.Casualties;

/// <summary>A reader's page served from the output cache is as live as a freshly rendered one.</summary>
public sealed class CachedPageBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task APageServedFromTheCacheFiltersForASecondReader()
    {
        var firstReader = await app.NewPageAsync();
        await new CasualtiesPageObject(firstReader).OpenAsync("?kind=killed");
        var secondReader = await app.NewPageAsync();
        var grid = new CasualtiesPageObject(secondReader);

        await grid.OpenAsync("?kind=killed");
        await grid.FilterBySideAsync("Armenia");

        await Expect(secondReader).ToHaveURLAsync(new Regex(@"/casualties\?side=\d+&kind=killed$", RegexOptions.IgnoreCase));
        // Armenia's killed figures in the article: 350 soldiers, the 30 inside them, 19 civilians.
        await Expect(grid.Figures).ToHaveCountAsync(3);
        await Expect(grid.Rows.Locator("td:first-child")).ToHaveTextAsync(["Armenia", "Armenia", "Armenia"]);
    }
}
