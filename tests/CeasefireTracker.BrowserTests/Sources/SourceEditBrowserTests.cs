namespace CeasefireTracker.BrowserTests.Sources;

/// <summary>Its own app and store: the test changes the seed source's text.</summary>
public sealed class SourceEditBrowserTests(BrowserAppFixture app) : SignedInBrowserTestBase(app)
{
    [Fact]
    public async Task ATextChangeThatLosesAQuoteIsRefusedUntilTheQuoteIsFixedInTheSameDialog()
    {
        var (sourceId, text, reportId) = await App.ReadStoreAsync(async db =>
        {
            var report = await db.CasualtyReports.Include(r => r.Source).SingleAsync(r => r.ExternalId == "cr-am-military-killed-350");
            return (report.SourceId, report.Source!.FullText, report.Id);
        });
        const string newQuote = "portant le nombre des militaires décédés à 360 personnes jusqu’à présent";
        var manage = await ManagingAsync("sources");
        var page = manage.Page;

        await manage.EditAsync("source", sourceId);
        await manage.SetFieldAsync("Full text", text.Replace("à 350 personnes", "à 360 personnes"));
        await manage.SaveAsync();

        await Expect(page.GetByTestId("edit-errors")).ToContainTextAsync($"Casualty report #{reportId}");
        await Expect(manage.QuoteRepairs).ToContainTextAsync("The quote is no longer in the text.");
        Assert.DoesNotContain("360", await App.ReadStoreAsync(db => db.Sources.Where(s => s.Id == sourceId).Select(s => s.FullText).SingleAsync()));

        await manage.SetFieldAsync($"Quote of Casualty report #{reportId}", newQuote);
        await manage.SetFieldAsync($"Best estimate of Casualty report #{reportId}", "360");
        await manage.SaveAsync();
        await Expect(manage.Snackbar("Source saved.")).ToBeVisibleAsync();

        await page.GotoReaderAsync($"sources/{sourceId}");
        var source = new SourceViewerPageObject(page);
        await source.CitingRecords.Filter(new() { HasTextRegex = new Regex("^360 killed") }).ClickAsync();
        await Expect(source.ActiveMarks.First).ToBeVisibleAsync();
        Assert.Equal(newQuote, string.Concat(await source.ActiveMarks.AllTextContentsAsync()));
    }
}
