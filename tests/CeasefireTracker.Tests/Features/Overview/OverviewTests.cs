using Bunit;
using CeasefireTracker.Domain;
using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Overview;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Overview;

public sealed class OverviewTests : BunitTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Context.Services.AddCasualtyQueries();
        Context.Services.AddOverviewQueries();
    }

    [Fact]
    public void TheCeasefireIsSummarisedWithMediatorPartiesTimesInTheirZoneAndTerms()
    {
        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='ceasefire-summary']")));
        var summary = page.Find("[data-testid='ceasefire-summary']").TextContent;
        Assert.Contains("Moscow ceasefire of 10 October 2020", summary);
        Assert.Contains("Mediator: Russia", summary);
        Assert.Contains("Armenia, Azerbaijan", summary);
        Assert.Equal("9 Oct 2020 (Europe/Moscow, implied)", page.Find("[data-testid='announced']").TextContent);
        Assert.Equal("10 Oct 2020 00:00 (Europe/Moscow, implied)", page.Find("[data-testid='in-force']").TextContent);
        Assert.Equal(3, page.FindAll("[data-testid='term']").Count);
    }

    [Fact]
    public void HeadlineFiguresNameWhoClaimsThemAndNeverAddTheIncrement()
    {
        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='headline-Armenia']")));
        var armenia = page.Find("[data-testid='headline-Armenia']").TextContent;
        Assert.Contains("350", armenia);
        Assert.Contains("claimed by Armenian side (reporter not named)", armenia);
        Assert.Contains("Total killed per Armenian side (reporter not named): 369.", armenia);
        Assert.DoesNotContain("380", armenia);
        var combined = page.Find("[data-testid='headline-Both sides (combined)']").TextContent;
        Assert.Contains("about 400", combined);
        Assert.Contains("thousands", combined);
        Assert.Contains("claimed by The article itself (figure not attributed)", combined);
    }

    [Fact]
    public void TheChartsAndTheLatestFiveEventsAreShown()
    {
        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='chart-by-side'] svg")));
        Assert.NotEmpty(page.FindAll("[data-testid='chart-toll'] svg"));
        var events = page.FindAll("[data-testid='latest-event']");
        Assert.Equal(5, events.Count);
        Assert.Contains("Ceasefire enters into force", events[0].TextContent);
        Assert.Contains("10 Oct 2020 00:00 (Europe/Moscow, implied)", events[0].TextContent);
    }

    [Fact]
    public void TheHeadingsAreInOrder()
    {
        var page = RenderWithProviders<HomePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='latest-event']")));
        var levels = page.FindAll("h1, h2, h3, h4, h5, h6").Select(h => int.Parse(h.TagName[1..])).ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
    }
}

public sealed class OverviewChartsTests
{
    private static List<double?> Values(MudBlazor.ChartSeries<double> series) =>
        series.Data.Points.Select(p => p.HasValue ? (double?)p.Y : null).ToList();

    private static CasualtyReportRow Claim(string side, string reporter, CasualtyCategory category, int? best) =>
        new(1, side.Length, side, SideKind.Single, reporter.Length, reporter, category, CasualtyKind.Killed, best, null, null,
            best is null ? FigureQualifier.Many : FigureQualifier.Exact, FigureBasis.Cumulative, null, null,
            new DateOnly(2020, 10, 9), 1, "q", 0);

    [Fact]
    public void TheBarChartGivesEachReporterItsOwnBarsAndLeavesOutFiguresWithoutNumber()
    {
        var chart = OverviewCharts.FiguresBySideAndCategory(
        [
            Claim("Armenia", "Armenian side", CasualtyCategory.Military, 350),
            Claim("Armenia", "Azerbaijani authorities", CasualtyCategory.Military, 2000),
            Claim("Armenia", "Armenian side", CasualtyCategory.Civilian, null),
        ]);

        Assert.Equal(["Armenia (per Armenian side)", "Armenia (per Azerbaijani authorities)"], chart.Labels);
        var military = Assert.Single(chart.Series);
        Assert.Equal("Military killed", military.Name);
        Assert.Equal([350d, 2000d], Values(military));
    }

    [Fact]
    public void TheTollOverTimeAddsOnlyOneReportersLatestCategoriesForOneSide()
    {
        var d1 = new DateOnly(2020, 10, 1);
        var d2 = new DateOnly(2020, 10, 9);
        var chart = OverviewCharts.KilledTollOverTime(
        [
            new TollPoint("Armenia", "Armenian side", CasualtyCategory.Military, d1, 200),
            new TollPoint("Armenia", "Armenian side", CasualtyCategory.Military, d2, 350),
            new TollPoint("Armenia", "Armenian side", CasualtyCategory.Civilian, d2, 19),
            new TollPoint("Armenia", "Azerbaijani authorities", CasualtyCategory.Military, d2, 2000),
        ]);

        Assert.Equal(["1 Oct 2020", "9 Oct 2020"], chart.Labels);
        Assert.Equal(2, chart.Series.Count);
        Assert.Equal([200d, 369d], Values(chart.Series[0]));
        Assert.Equal("Armenia per Azerbaijani authorities", chart.Series[1].Name);
        Assert.Equal([null, 2000d], Values(chart.Series[1]));
    }
}
