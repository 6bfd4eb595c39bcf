using System.Net;
using CeasefireTracker.Tests.Infrastructure;

namespace CeasefireTracker.Tests.Features.Overview;

public sealed class OverviewHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task TheOverviewIsPrerenderedWithTheCeasefireFiguresChartsAndEvents()
    {
        var response = await factory.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Moscow ceasefire of 10 October 2020", html);
        Assert.Contains("10 Oct 2020 00:00, Moscow time (UTC+3), implied", html);
        Assert.Contains("Total killed per Armenian side (reporter not named): 369.", html);
        Assert.Contains("data-testid=\"chart-by-side\"", html);
        Assert.Contains("data-testid=\"chart-toll-single-date\"", html);
        Assert.Equal(5, html.Split("data-testid=\"latest-event\"").Length - 1);
    }

    [Fact]
    public async Task AQueryStringOnTheOverviewIsHarmless()
    {
        var response = await factory.CreateClient().GetAsync("/?side=abc&page=-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
