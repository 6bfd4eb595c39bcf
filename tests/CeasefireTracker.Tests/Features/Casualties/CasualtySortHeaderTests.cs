namespace CeasefireTracker.Tests.Features.Casualties;

/// <summary>The grid's column headers sort, as links: the address keeps the order, and the filter stays.</summary>
public sealed class CasualtySortHeaderTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private static Dictionary<string, string> HeaderLinks(string html) =>
        Regex.Matches(html, "<a href=\"([^\"]*)\"[^>]*data-sort-header[^>]*>([^<]*)<")
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[2].Value).Trim(), m => WebUtility.HtmlDecode(m.Groups[1].Value));

    [Fact]
    public async Task EverySortableHeaderLinksToItsOrderKeepingTheFilter()
    {
        var html = await factory.CreateClient().GetStringAsync("/casualties?kind=Killed&page=2&size=10");

        var links = HeaderLinks(html);
        Assert.Equal("casualties?kind=Killed&sort=side&dir=asc&size=10", links["Affected side"]);
        Assert.Equal("casualties?kind=Killed&sort=reporter&dir=asc&size=10", links["Reported by"]);
        Assert.Equal("casualties?kind=Killed&sort=category&dir=asc&size=10", links["Category"]);
        Assert.Equal("casualties?kind=Killed&sort=kind&dir=asc&size=10", links["Kind"]);
        Assert.Equal("casualties?kind=Killed&sort=figure&size=10", links["Figure"]);
        // The current order (period, newest first) turns around.
        Assert.Equal("casualties?kind=Killed&dir=asc&size=10", links["Period"]);
        Assert.Contains("sorted descending", html);
    }

    [Fact]
    public async Task TheSortedColumnSaysSoAndItsLinkTurnsTheOrderAround()
    {
        var html = await factory.CreateClient().GetStringAsync("/casualties?sort=figure&dir=asc");

        Assert.Equal("casualties?sort=figure", HeaderLinks(html)["Figure"]);
        Assert.Contains("sorted ascending", html);
        Assert.DoesNotContain("sorted descending", html);
    }
}
