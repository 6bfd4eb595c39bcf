namespace CeasefireTracker.Tests.Features.Overview;

public sealed class OverviewHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task TheOverviewIsPrerenderedWithTheCeasefireFiguresChartsAndEvents()
    {
        var html = await factory.AssertPageShowsAsync("/",
            "Moscow ceasefire of 10 October 2020", "10 Oct 2020 00:00, Moscow time (UTC+3), implied",
            "Total killed per Armenian side (reporter not named): 369.", "data-testid=\"chart-by-side\"", "data-testid=\"chart-toll-single-date\"");
        Assert.Equal(5, html.Split("data-testid=\"latest-event\"").Length - 1);
    }

    [Fact]
    public async Task AQueryStringOnTheOverviewIsHarmless()
    {
        var response = await factory.CreateClient().GetAsync("/?side=abc&page=-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
