using CeasefireTracker.Features.Overview;
using MudBlazor;

namespace CeasefireTracker.Tests.Features.Overview;

/// <summary>MudChart writes labels and series names into its SVG as markup; user text must reach it as text.</summary>
public sealed class OverviewChartEncodingTests : BunitTestBase
{
    protected override bool Seed => false;

    private const string Script = "<img src=x id=injected onerror=\"window.__xss=1\">";

    [Theory]
    [InlineData(ChartType.Bar)]
    [InlineData(ChartType.Line)]
    public void ScriptLookingLabelsAndSeriesNamesRenderAsTextNotElements(ChartType type)
    {
        var model = new ChartModel([Script, "Armenia"],
            [new ChartSeries<double> { Name = Script, Data = new ChartData<double>([1d, 2d]) }]);

        var chart = RenderWithProviders<OverviewChart>(p => p
            .Add(c => c.Model, model).Add(c => c.ChartType, type).Add(c => c.Title, Script)
            .Add(c => c.TestId, "chart").Add(c => c.Caption, Script).Add(c => c.EmptyText, Script));

        Assert.Empty(chart.FindAll("#injected"));
        Assert.Empty(chart.FindAll("img"));
    }
}
