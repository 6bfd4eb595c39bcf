using CeasefireTracker.Tests.Infrastructure;

namespace CeasefireTracker.Tests.Features.Sources;

public sealed class SourcesHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task TheSourceListShowsTheArticleWithItsCitationCount()
    {
        var html = await factory.GetPageAsync("/sources");
        Assert.Contains("Les pourparlers de haut niveau", html);
        Assert.Contains("publisher not named", html);
        // 7 events + 1 ceasefire + 3 terms + 9 casualty reports + 5 statements.
        Assert.Matches("citation-count\"[^>]*>25<", html);
    }

    [Fact]
    public async Task TheViewerShowsTheFullTextWithTheHighlightedQuote()
    {
        var html = await factory.GetPageAsync("/sources/1");
        Assert.Contains("class=\"source-text\"", html);
        Assert.Contains("class=\"quote-mark\"", html);
        Assert.Contains("The last line is a truncated fragment", html);
        Assert.Contains("Records citing this source (25)", html);
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
        var html = await factory.GetPageAsync($"/sources/1?highlight={highlight}");
        Assert.Contains(message, html);
        Assert.Contains("class=\"source-text\"", html);
        Assert.DoesNotContain("quote-mark-active", html);
    }
}
