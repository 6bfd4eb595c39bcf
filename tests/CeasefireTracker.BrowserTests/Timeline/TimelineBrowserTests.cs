namespace CeasefireTracker.BrowserTests.Timeline;

public sealed class TimelineBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task AReaderBrowsesTheDaysLatestFirst()
    {
        var timeline = await app.OpenAsync(p => new TimelinePageObject(p));

        await Expect(timeline.Heading).ToBeVisibleAsync();
        await Expect(timeline.DayHeadings).ToHaveTextAsync(["Saturday 10 October 2020", "Friday 9 October 2020", "Sunday 27 September 2020"]);
        await Expect(timeline.Entries).ToHaveCountAsync(8);
        await Expect(timeline.Entry("Fighting resumes")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task FilteringByKindNarrowsTheEntriesAndPutsTheFilterInTheAddress()
    {
        var page = await app.NewPageAsync();
        var timeline = new TimelinePageObject(page);
        await timeline.OpenAsync();
        await Expect(timeline.Entries).ToHaveCountAsync(8);

        await timeline.ChooseKindAsync("Fighting");

        await Expect(page).ToHaveURLAsync(new Regex("timeline\\?kind=Fighting$"));
        await Expect(timeline.Entries).ToHaveCountAsync(2);
        await Expect(timeline.EntryKinds).ToHaveTextAsync(["Fighting", "Fighting"]);

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex("timeline$"));
        await Expect(timeline.Entries).ToHaveCountAsync(8);
    }

    [Fact]
    public async Task ASharedFilteredAddressOpensFiltered()
    {
        var russia = await app.ReadStoreAsync(async db => (await db.Parties.SingleAsync(p => p.ExternalId == "party-russia")).Id);

        var timeline = await app.OpenAsync(p => new TimelinePageObject(p), $"?party={russia}&kind=Statement&from=2020-10-09&to=2020-10-09");

        await Expect(timeline.Entries).ToHaveCountAsync(2);
        await Expect(timeline.EntryKinds).ToHaveTextAsync(["Statement", "Statement"]);
        await Expect(timeline.DayHeadings).ToHaveTextAsync(["Friday 9 October 2020"]);
        await Expect(timeline.FilterProblems).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OpenInSourceShowsTheSourceWithExactlyThatQuoteHighlighted()
    {
        var quote = await app.ReadStoreAsync(async db => (await db.TimelineEvents.SingleAsync(e => e.ExternalId == "event-kalin-statement-2020-10-09")).Quote);

        var page = await app.NewPageAsync();
        var timeline = new TimelinePageObject(page);
        await timeline.OpenAsync();
        const string title = "Turkish presidency: Minsk Group efforts that do not call for Armenia's withdrawal are doomed";

        await timeline.OpenInSourceAsync(title);

        var source = new SourceViewerPageObject(page);
        await Expect(page).ToHaveURLAsync(new Regex("sources/1\\?highlight=\\d+:\\d+$"));
        await Expect(source.FullText).ToBeVisibleAsync();
        Assert.Equal(quote, string.Concat(await source.ActiveMarks.AllTextContentsAsync()));
        await Expect(source.ActiveMarks.First).ToBeInViewportAsync();
    }

    [Fact]
    public async Task TheRecordsOfOneFactAreOneEntryWithItsPartsAndAnEventShowsItsSpan()
    {
        var timeline = await app.OpenAsync(p => new TimelinePageObject(p), "?from=2020-10-09&to=2020-10-09");

        await Expect(timeline.Entries).ToHaveCountAsync(5);
        var lavrov = timeline.Entry("Lavrov announces a ceasefire between Azerbaijan and Armenia");
        await Expect(timeline.Parts(lavrov)).ToHaveCountAsync(1);
        await Expect(timeline.Parts(lavrov).GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Statement by Sergey Lavrov for Russia", Exact = true }))
            .ToBeVisibleAsync();

        await timeline.OpenAsync("?from=2020-09-27&to=2020-09-27");
        await Expect(timeline.Entry("13 days of intense fighting in Nagorno-Karabakh").GetByTestId("entry-when"))
            .ToHaveTextAsync("27 Sept – 9 Oct 2020, Baku time (UTC+4), implied");
    }
}
