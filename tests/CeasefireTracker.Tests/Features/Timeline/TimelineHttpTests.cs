using CeasefireTracker.Tests.Infrastructure;

namespace CeasefireTracker.Tests.Features.Timeline;

public sealed class TimelineHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task TheTimelineIsPrerenderedWithItsDaysLatestFirst()
    {
        var html = await factory.GetPageAsync("/timeline");
        Assert.Contains("<h1", html);
        Assert.Contains("High-level talks in Moscow end in a ceasefire", html);
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
        var html = await factory.GetPageAsync("/timeline?kind=Nope&from=2020-13-45&party=x");
        Assert.Contains("data-testid=\"filter-problems\"", html);
        Assert.Contains("kind \"Nope\" is not one of", html);
        Assert.Contains("from \"2020-13-45\" is not a date", html);
        Assert.Contains("party \"x\" is not a whole number", html);
        // Everything is still shown, unfiltered.
        Assert.Contains("Fighting resumes", html);
    }

    [Fact]
    public async Task AKindFilterInTheAddressNarrowsTheTimeline()
    {
        var html = await factory.GetPageAsync("/timeline?kind=Fighting");
        Assert.Contains("Fighting resumes", html);
        Assert.DoesNotContain("High-level talks in Moscow", html);
        Assert.DoesNotContain("filter-problems", html);
    }

    [Fact]
    public async Task AFilterThatMatchesNothingSaysSo()
    {
        var html = await factory.GetPageAsync("/timeline?from=2021-01-01");
        Assert.Contains("No entries match these filters.", html);
    }
}
