using CeasefireTracker.Features.Parties;
using CeasefireTracker.Features.Timeline;

namespace CeasefireTracker.Tests.Features.Timeline;

public sealed class TimelinePageTests() : BunitTestBase(services => services.AddTimelineQueries().AddPartyQueries())
{
    [Fact]
    public void ShowsDaysLatestFirstWithTheirEntries()
    {
        var page = RenderWithProviders<TimelinePage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid='timeline-day']").Count));
        Assert.Equal(["2020-10-10", "2020-10-09", "2020-09-27"], page.FindAll("[data-testid='timeline-day']").Select(d => d.GetAttribute("data-day")));
        // 13 records make 8 facts: each fact is one entry, its other records listed under it with their own links.
        Assert.Equal(8, page.FindAll("[data-testid='timeline-entry']").Count);
        Assert.Equal(5, page.FindAll("[data-testid='timeline-part']").Count);
        Assert.Equal(13, page.FindAll("a").Count(a => a.TextContent == "Open in source"));
    }

    [Fact]
    public void EarlierEntriesAreALinkToTheNextPageUntilTheStart()
    {
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        var seen = new List<string>();
        var address = "timeline";
        // Five records a page, run on to the end of the page's last day: 10 and 9 October (6 facts), then 27 September.
        foreach (var expected in new[] { 6, 2 })
        {
            navigation.NavigateTo(address);
            var page = seen.Count == 0
                ? RenderWithProviders<TimelinePage>(p => p.Add(x => x.PageSize, 5))
                : Context.Render<TimelinePage>(p => p.Add(x => x.PageSize, 5));
            page.WaitForAssertion(() => Assert.Equal(expected, page.FindAll("[data-testid='timeline-entry']").Count));
            seen.AddRange(page.FindAll("[data-testid='timeline-entry'] h3, [data-testid='timeline-part'] > a").Select(h => h.TextContent));
            Assert.Empty(page.FindAll("[data-testid='filter-problems']"));
            var earlier = page.FindAll("a").SingleOrDefault(a => a.TextContent.Contains("Earlier entries"));
            if (expected == 2)
            {
                Assert.Null(earlier);
                Assert.Contains("That is the start of the record.", page.Markup);
            }
            else address = Assert.IsType<string>(earlier?.GetAttribute("href"));
        }

        Assert.Equal(13, seen.Count);
    }

    [Fact]
    public void BadQueryValuesAreListedInAWarning()
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("timeline?kind=Nope&party=x");
        var page = RenderWithProviders<TimelinePage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid='filter-problems'] li").Count));
        Assert.Equal(8, page.FindAll("[data-testid='timeline-entry']").Count);
    }

    [Fact]
    public void ClearingFiltersLinksToTheBareAddress()
    {
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("timeline?kind=Fighting");
        var page = RenderWithProviders<TimelinePage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid='timeline-entry']").Count));

        Assert.Equal("timeline", page.FindAll("a").Single(a => a.TextContent.Contains("Clear filters")).GetAttribute("href"));
        var form = page.Find("form[data-list-filters]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("Fighting", form.QuerySelector("select[name='kind'] option[selected]")!.GetAttribute("value"));
    }
}
