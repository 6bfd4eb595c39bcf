using Bunit;
using CeasefireTracker.Features.Parties;
using CeasefireTracker.Features.Timeline;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Features.Timeline;

public sealed class TimelinePageTests : BunitTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Context.Services.AddTimelineQueries();
        Context.Services.AddPartyQueries();
    }

    [Fact]
    public void ShowsDaysLatestFirstWithTheirEntries()
    {
        var page = RenderWithProviders<TimelinePage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid='timeline-day']").Count));
        Assert.Equal(["2020-10-10", "2020-10-09", "2020-09-27"], page.FindAll("[data-testid='timeline-day']").Select(d => d.GetAttribute("data-day")));
        Assert.Equal(13, page.FindAll("[data-testid='timeline-entry']").Count);
        Assert.Equal(13, page.FindAll("a").Count(a => a.TextContent == "Open in source"));
    }

    [Fact]
    public void LoadEarlierAppendsTheNextEntriesUntilTheStart()
    {
        var page = RenderWithProviders<TimelinePage>(p => p.Add(x => x.PageSize, 5));
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid='timeline-entry']").Count));

        page.FindAll("button").Single(b => b.TextContent.Contains("Load earlier entries")).Click();
        page.WaitForAssertion(() => Assert.Equal(10, page.FindAll("[data-testid='timeline-entry']").Count));
        page.FindAll("button").Single(b => b.TextContent.Contains("Load earlier entries")).Click();

        page.WaitForAssertion(() => Assert.Equal(13, page.FindAll("[data-testid='timeline-entry']").Count));
        Assert.Contains("That is the start of the record.", page.Markup);
        Assert.Equal(3, page.FindAll("[data-testid='timeline-day']").Count);
    }

    [Fact]
    public void BadQueryValuesAreListedInAWarning()
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("timeline?kind=Nope&party=x");
        var page = RenderWithProviders<TimelinePage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid='filter-problems'] li").Count));
        Assert.Equal(13, page.FindAll("[data-testid='timeline-entry']").Count);
    }

    [Fact]
    public void ClearingFiltersNavigatesToTheBareAddress()
    {
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("timeline?kind=Fighting");
        var page = RenderWithProviders<TimelinePage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid='timeline-entry']").Count));

        page.FindAll("button").Single(b => b.TextContent.Contains("Clear filters")).Click();

        page.WaitForAssertion(() => Assert.Equal(navigation.BaseUri + "timeline", navigation.Uri));
    }
}
