namespace CeasefireTracker.Tests.Features.Timeline;

public sealed class TimelineHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task TheTimelineIsPrerenderedWithItsDaysLatestFirst()
    {
        var html = await factory.AssertPageShowsAsync("/timeline", "<h1", "High-level talks in Moscow end in a ceasefire");
        var tenth = html.IndexOf("Saturday 10 October 2020", StringComparison.Ordinal);
        var ninth = html.IndexOf("Friday 9 October 2020", StringComparison.Ordinal);
        var september = html.IndexOf("Sunday 27 September 2020", StringComparison.Ordinal);
        Assert.True(tenth >= 0 && tenth < ninth && ninth < september, "days should run 10 Oct, 9 Oct, 27 Sep");
        Assert.Contains("Moscow time (UTC+3), implied", html);
        Assert.Contains("href=\"sources/1?highlight=", html);
    }

    [Fact]
    public async Task BadQueryValuesAreNamedAndIgnoredNotAnError()
    {
        var html = await factory.AssertPageShowsAsync("/timeline?kind=Nope&from=2020-13-45&party=x",
            "data-testid=\"filter-problems\"", "kind \"Nope\" is not one of", "from \"2020-13-45\" is not a date",
            "party \"x\" is not a whole number");
        // Everything is still shown, unfiltered.
        Assert.Contains("Fighting resumes", html);
    }

    [Fact]
    public async Task AKindFilterInTheAddressNarrowsTheTimeline()
    {
        var html = await factory.AssertPageShowsAsync("/timeline?kind=Fighting", "Fighting resumes");
        Assert.DoesNotContain("High-level talks in Moscow", html);
        Assert.DoesNotContain("filter-problems", html);
    }

    [Fact]
    public async Task AFilterThatMatchesNothingSaysSo()
    {
        await factory.AssertPageShowsAsync("/timeline?from=2021-01-01", "No entries match these filters.");
    }
}
