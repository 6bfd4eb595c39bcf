using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Overview;

namespace CeasefireTracker.Tests.Features.Casualties;

/// <summary>The largest figure a column can hold, beside another one, must add up, not overflow and take pages down.</summary>
public sealed class FigureOverflowTests
{
    private static CasualtyReportRow Claim(int id, CasualtyCategory category, int best) =>
        new(id, 2, "Armenia", SideKind.Single, 20, "Armenian side", category, CasualtyKind.Killed, best, null, null,
            FigureQualifier.Exact, FigureBasis.Cumulative, null, null, new DateOnly(2020, 10, 9), 1, "q", 0, 1, "Conflict");

    [Fact]
    public void TotalsOfTheLargestFiguresAddWithoutOverflow()
    {
        var total = Assert.Single(CasualtyTotals.Compute(
            [Claim(1, CasualtyCategory.Military, int.MaxValue), Claim(2, CasualtyCategory.Civilian, int.MaxValue)]));

        Assert.Equal(2L * int.MaxValue, total.Total);
    }

    [Fact]
    public void TheTollOverTimeAddsTheLargestFiguresWithoutOverflow()
    {
        var day = new DateOnly(2020, 10, 9);
        var chart = OverviewCharts.KilledTollOverTime(
        [
            new TollPoint("Armenia", "Armenian side", CasualtyCategory.Military, day, int.MaxValue),
            new TollPoint("Armenia", "Armenian side", CasualtyCategory.Civilian, day, int.MaxValue),
        ]);

        Assert.Equal(2d * int.MaxValue, Assert.Single(chart.Series).Data.Points.Single().Y);
    }

    [Theory]
    [InlineData(CasualtyFigureRules.MaximumFigure, true)]
    [InlineData(CasualtyFigureRules.MaximumFigure + 1, false)]
    [InlineData(int.MaxValue, false)]
    public void EveryFigureHasAnUpperBoundNamedInTheMessage(int figure, bool accepted)
    {
        foreach (Action<CasualtyReport, int> set in new Action<CasualtyReport, int>[]
                 {
                     (r, v) => { r.BestEstimate = v; r.High = v; },
                     (r, v) => { r.Low = v; r.BestEstimate = v; r.High = v; },
                     (r, v) => { r.BestEstimate = 1; r.Low = 1; r.High = v; },
                 })
        {
            var report = new CasualtyReport { Quote = "q", Qualifier = FigureQualifier.Exact, PeriodEnd = new DateOnly(2020, 10, 9) };
            set(report, figure);
            var errors = CasualtyFigureRules.Check(report);
            if (accepted) Assert.Empty(errors);
            else Assert.Contains(errors, e => e.Message.Contains(CasualtyFigureRules.MaximumFigure.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
