namespace CeasefireTracker.BrowserTests.Sources;

public sealed class SourceViewerBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task AReaderOpensTheSourceFromTheListAndSeesEveryQuoteMarked()
    {
        var page = await app.NewPageAsync();
        await page.GotoReaderAsync("sources");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Les pourparlers de haut niveau") }).ClickAsync();

        var source = new SourceViewerPageObject(page);
        await Expect(page).ToHaveURLAsync(new Regex("sources/1$"));
        await Expect(source.FullText).ToContainTextAsync("Serguey Lavrov");
        await Expect(source.CitingRecords).ToHaveCountAsync(25);
        await Expect(source.ActiveMarks).ToHaveCountAsync(0);
        Assert.True(await source.Marks.CountAsync() >= 20);
    }

    [Fact]
    public async Task ChoosingACitingRecordHighlightsExactlyItsQuote()
    {
        var quote = await app.ReadStoreAsync(async db => (await db.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-combined-killed-approx-400")).Quote);

        var page = await app.NewPageAsync();
        await page.GotoReaderAsync("sources/1");
        var source = new SourceViewerPageObject(page);
        await source.CitingRecords.Filter(new() { HasTextRegex = new Regex("^about 400 killed") }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("sources/1\\?highlight=\\d+:" + quote.Length + "$"));
        await Expect(source.ActiveMarks.First).ToBeVisibleAsync();
        Assert.Equal(quote, string.Concat(await source.ActiveMarks.AllTextContentsAsync()));
    }
}
