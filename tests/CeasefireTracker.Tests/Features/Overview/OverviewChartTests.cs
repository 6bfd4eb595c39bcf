using CeasefireTracker.Features.Overview;
using MudBlazor;

namespace CeasefireTracker.Tests.Features.Overview;

/// <summary>Charts that say something: bars with their values and short labels, a line only over two dates, a table of the figures.</summary>
public sealed class OverviewChartTests : BunitTestBase
{
    protected override bool Seed => false;

    private static readonly ChartModel BySide = new(["Armenia (per Armenian side (reporter not named))", "Both sides (combined) (per The article itself)"],
    [
        new ChartSeries<double> { Name = "Military killed", Data = new ChartData<double>([350d, null]) },
        new ChartSeries<double> { Name = "Unknown killed", Data = new ChartData<double>([null, 1200d]) },
    ]);

    private IRenderedComponent<OverviewChart> Render(ChartModel model, ChartType type) => RenderWithProviders<OverviewChart>(p => p
        .Add(c => c.Model, model).Add(c => c.ChartType, type).Add(c => c.Title, "The chart")
        .Add(c => c.TestId, "chart").Add(c => c.Caption, "What it shows.").Add(c => c.EmptyText, "Nothing to chart."));

    [Fact]
    public void BarsAreHorizontalWithTheirValuesAndShortLabels()
    {
        var chart = Render(BySide, ChartType.Bar);

        Assert.Empty(chart.FindAll("[data-testid='chart'] svg"));
        Assert.Equal(["350", "1,200"], chart.FindAll("[data-testid='figure-bar-value']").Select(v => v.TextContent));
        Assert.Equal(["Armenia", "Both sides (combined)"], chart.FindAll(".figure-bars-heading strong").Select(h => h.TextContent));
        Assert.Equal(["per Armenian side (reporter not named)", "per The article itself"],
            chart.FindAll(".figure-bars-heading span").Select(h => h.TextContent));
        Assert.Equal(["Military killed", "Killed, category not stated"], chart.FindAll(".figure-bar-label").Select(l => l.TextContent));
        Assert.DoesNotContain("Unknown", chart.Markup);
        Assert.DoesNotContain(">Figure<", chart.Find("[data-testid='chart']").InnerHtml);
    }

    [Fact]
    public void EveryChartHasTheSameFiguresAsATable()
    {
        var chart = Render(BySide, ChartType.Bar);

        var rows = chart.FindAll("[data-testid='chart-table'] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(["Armenia (per Armenian side (reporter not named))Military killed350",
            "Both sides (combined) (per The article itself)Killed, category not stated1,200"], rows);
    }

    [Fact]
    public void ATollOnASingleDateIsASentenceNotALine()
    {
        var toll = new ChartModel(["9 Oct 2020"], [new ChartSeries<double> { Name = "Armenia per Armenian side", Data = new ChartData<double>([369d]) }]);

        var chart = Render(toll, ChartType.Line);

        Assert.Empty(chart.FindAll("svg"));
        Assert.Contains("Every figure so far is for one date, 9 Oct 2020, so there is no change over time to draw: Armenia per Armenian side: 369.",
            System.Text.RegularExpressions.Regex.Replace(chart.Find("[data-testid='chart-single-date']").TextContent, @"\s+", " "));
        Assert.Single(chart.FindAll("[data-testid='chart-table'] tbody tr"));
    }

    [Fact]
    public void ATollOverTwoDatesIsALine()
    {
        var toll = new ChartModel(["9 Oct 2020", "10 Oct 2020"],
            [new ChartSeries<double> { Name = "Armenia per Armenian side", Data = new ChartData<double>([369d, 400d]) }]);

        var chart = Render(toll, ChartType.Line);

        Assert.NotEmpty(chart.FindAll("[data-testid='chart'] svg"));
        Assert.Equal(2, chart.FindAll("[data-testid='chart-table'] tbody tr").Count);
    }
}
