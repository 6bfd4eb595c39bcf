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
    [InlineData(-1, null, null, "BestEstimate", "negative")]
    [InlineData(10, 20, 30, "BestEstimate", "below the low bound")]
    [InlineData(40, 20, 30, "BestEstimate", "above the high bound")]
    [InlineData(10, -20, 30, "Low", "Low bound cannot be negative")]
    [InlineData(null, 30, 20, "Low", "Low bound cannot be above")]
    public void FiguresOutOfOrderAreRefusedBesideTheFieldTheyAreAbout(int? best, int? low, int? high, string property, string message)
    {
        var problems = CasualtyFigureRules.Check(Report(r => { r.BestEstimate = best; r.Low = low; r.High = high; r.Qualifier = FigureQualifier.Approximate; }));
        Assert.Contains(problems, p => p.Property == property && p.Message.Contains(message));
    }

    [Fact]
    public void APeriodEndingBeforeItStartsIsNamedBesideItsEnd() =>
        Assert.Contains(CasualtyFigureRules.Check(Report(r => r.PeriodStart = new DateOnly(2020, 10, 10))),
            p => p == ("PeriodEnd", "The period cannot end before it starts."));

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
