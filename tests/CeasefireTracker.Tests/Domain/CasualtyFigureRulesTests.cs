using CeasefireTracker.Domain;

namespace CeasefireTracker.Tests.Domain;

public sealed class CasualtyFigureRulesTests
{
    private static CasualtyReport Report(Action<CasualtyReport> change)
    {
        var report = new CasualtyReport
        {
            Quote = "30 civils",
            BestEstimate = 30,
            Qualifier = FigureQualifier.Exact,
            Basis = FigureBasis.Cumulative,
            PeriodStart = new DateOnly(2020, 9, 27),
            PeriodEnd = new DateOnly(2020, 10, 9),
        };
        change(report);
        return report;
    }

    [Fact]
    public void AnExactFigureOverAValidPeriodPasses() => Assert.Empty(CasualtyFigureRules.Check(Report(_ => { })));

    [Theory]
    [InlineData(-1, null, null, "negative")]
    [InlineData(10, 20, 30, "below the low bound")]
    [InlineData(40, 20, 30, "above the high bound")]
    [InlineData(null, 30, 20, "Low bound cannot be above")]
    public void FiguresOutOfOrderAreRefused(int? best, int? low, int? high, string message)
    {
        var problems = CasualtyFigureRules.Check(Report(r => { r.BestEstimate = best; r.Low = low; r.High = high; r.Qualifier = FigureQualifier.Approximate; }));
        Assert.Contains(problems, p => p.Contains(message));
    }

    [Fact]
    public void APeriodThatEndsBeforeItStartsIsRefused()
    {
        var problems = CasualtyFigureRules.Check(Report(r => r.PeriodStart = new DateOnly(2020, 10, 10)));
        Assert.Contains("The period cannot end before it starts.", problems);
    }

    [Fact]
    public void AnUndisclosedFigureCannotCarryANumber()
    {
        Assert.NotEmpty(CasualtyFigureRules.Check(Report(r => r.Qualifier = FigureQualifier.Undisclosed)));
        Assert.Empty(CasualtyFigureRules.Check(Report(r => { r.Qualifier = FigureQualifier.Undisclosed; r.BestEstimate = null; })));
    }

    [Fact]
    public void ThousandsNeedsNoNumberButExactDoes()
    {
        Assert.Empty(CasualtyFigureRules.Check(Report(r => { r.Qualifier = FigureQualifier.Thousands; r.BestEstimate = null; })));
        Assert.NotEmpty(CasualtyFigureRules.Check(Report(r => r.BestEstimate = null)));
    }

    [Fact]
    public void OnlyAnIncrementCanBePartOfACumulativeReport()
    {
        Assert.NotEmpty(CasualtyFigureRules.Check(Report(r => r.IncludedInReportId = 7)));
        Assert.Empty(CasualtyFigureRules.Check(Report(r => { r.IncludedInReportId = 7; r.Basis = FigureBasis.Increment; })));
    }
}
