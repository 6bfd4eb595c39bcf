using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Overview;

namespace CeasefireTracker.Tests.Features.Overview;

public sealed class OverviewChartsTests
{
    private static List<double?> Values(MudBlazor.ChartSeries<double> series) =>
        series.Data.Points.Select(p => p.HasValue ? (double?)p.Y : null).ToList();

    private static CasualtyReportRow Claim(string side, string reporter, CasualtyCategory category, int? best, int id = 1) =>
        new(id, side.Length, side, SideKind.Single, reporter.Length, reporter, category, CasualtyKind.Killed, best, null, null,
            best is null ? FigureQualifier.Many : FigureQualifier.Exact, FigureBasis.Cumulative, null, null,
            new DateOnly(2020, 10, 9), 1, "q", 0, 1, "Conflict");

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
    public void AReportersCompetingClaimsEachGetABarGroupWithTheirOwnFigures()
    {
        var chart = OverviewCharts.FiguresBySideAndCategory(
        [
            Claim("Armenia", "Armenian side", CasualtyCategory.Military, 143, id: 2),
            Claim("Armenia", "Armenian side", CasualtyCategory.Military, 12, id: 3),
            Claim("Armenia", "Armenian side", CasualtyCategory.Civilian, 19, id: 1),
            Claim("Armenia", "Azerbaijani authorities", CasualtyCategory.Military, 2000, id: 4),
        ]);

        Assert.Equal(["Armenia (per Armenian side)", "Armenia (per Armenian side, competing claim 2)", "Armenia (per Azerbaijani authorities)"],
            chart.Labels);
        Assert.Equal(["Civilian killed", "Military killed"], chart.Series.Select(s => s.Name));
        Assert.Equal([19d, null, null], Values(chart.Series[0]));
        Assert.Equal([143d, 12d, 2000d], Values(chart.Series[1]));
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
