namespace CeasefireTracker.Tests.Features.Sources;

public sealed class SourcesHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task TheSourceListShowsTheArticleWithItsCitationCount()
    {
        var html = await factory.AssertPageShowsAsync("/sources", "Les pourparlers de haut niveau", "publisher not named");
        // 7 events + 1 ceasefire + 3 terms + 9 casualty reports + 5 statements.
        Assert.Matches("citation-count\"[^>]*>25<", html);
    }

    [Fact]
    public async Task TheViewerShowsTheFullTextWithTheHighlightedQuote()
    {
        await factory.AssertPageShowsAsync("/sources/1",
            "class=\"source-text\"", "class=\"quote-mark\"", "The last line is a truncated fragment", "Records citing this source (25)");
    }

    [Fact]
    public async Task AnUnknownSourceAnswersNotFoundWithTheNotFoundPage()
    {
        var response = await factory.CreateClient().GetAsync("/sources/999");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("junk", "is not of the form start:length")]
    [InlineData("5:0", "is not of the form start:length")]
    [InlineData("999999:10", "lies outside this source")]
    public async Task ABadHighlightIsReportedAndTheSourceStillShows(string highlight, string message)
    {
        var html = await factory.AssertPageShowsAsync($"/sources/1?highlight={highlight}", message, "class=\"source-text\"");
        Assert.DoesNotContain("quote-mark-active", html);
    }
}
