namespace CeasefireTracker.BrowserTests.ReaderPages;

/// <summary>
/// Anonymous readers' pages are static: reading, filtering, paging and following links opens no Blazor circuit (no
/// server memory per reader), and the pages work with scripts off.
/// </summary>
public sealed class NoCircuitBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, string> ReaderPages => new()
    {
        { "", "CeasefireTracker" },
        { "timeline", "Timeline" },
        { "casualties", "Casualty reports" },
        { "ceasefires", "Ceasefires" },
        { "statements", "Statements" },
        { "parties", "Parties and officials" },
        { "sources", "Sources" },
        { "sources/1", "Les pourparlers de haut niveau" },
        { "casualties/1", "reported by" },
        { "events/1", "Fighting resumes" },
        { "statements/1", "Sergey Lavrov for Russia" },
        { "ceasefires/1", "Moscow ceasefire of 10 October 2020" },
        { "parties/1", "Azerbaijan" },
    };

    /// <summary>Does what a reader does on a fresh page, then checks that nothing, once the network is idle, opened a circuit.</summary>
    private async Task AssertNoCircuitAsync(Func<IPage, Task> reading)
    {
        var page = await app.NewPageAsync();
        var circuit = page.RecordCircuitTraffic();

        await reading(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(circuit);
    }

    [Theory]
    [MemberData(nameof(ReaderPages))]
    public Task ReadingAPageOpensNoCircuit(string path, string heading) => AssertNoCircuitAsync(async page =>
    {
        await page.GotoReaderAsync(path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
    });

    [Fact]
    public Task FilteringAndFollowingLinksOpenNoCircuit() => AssertNoCircuitAsync(async page =>
    {
        var grid = new CasualtiesPageObject(page);
        await grid.OpenAsync();

        await grid.FilterBySideAsync("Armenia");
        await Expect(grid.Figures).ToHaveCountAsync(4);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" })
            .GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Timeline", Level = 1 })).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Expect(grid.Figures).ToHaveCountAsync(4);
    });

    [Fact]
    public Task AMarkedQuoteInTheSourceLeadsToItsRecordsPageWithoutACircuit() => AssertNoCircuitAsync(async page =>
    {
        await page.GotoReaderAsync("sources/1");

        var quote = page.GetByRole(AriaRole.Link, new() { Name = "Quoted by Casualty report" }).First;
        await quote.ClickAsync();

        // Where quotes overlap the link leads to the closest-fitting one's record, which may be of another kind.
        await Expect(page).ToHaveURLAsync(new Regex(@"/(casualties|events|statements|ceasefires)/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Where it comes from" })).ToBeVisibleAsync();
        await Expect(page.Locator("mark#highlighted-quote")).ToBeVisibleAsync();
    });

    [Fact]
    public async Task WithScriptsOffTheFilterFormStillFiltersAndTheAddressIsClean()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, JavaScriptEnabled = false });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var grid = new CasualtiesPageObject(page);
        await grid.OpenAsync();

        await grid.FilterBySideAsync("Armenia");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        // The browser sends every field (most empty, some at their defaults); the server answers with the short address.
        await Expect(page).ToHaveURLAsync(new Regex(@"/casualties\?side=\d+$"));
        await Expect(grid.Figures).ToHaveCountAsync(4);
        await Expect(grid.ChosenSide).ToHaveTextAsync("Armenia");
    }
}
