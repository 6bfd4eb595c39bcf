namespace CeasefireTracker.Tests.Domain;

public sealed class QuoteFiguresTests
{
    private static CasualtyReport Report(string quote, int? best, int? low = null, int? high = null) => new()
    {
        Quote = quote, BestEstimate = best, Low = low, High = high, Qualifier = FigureQualifier.Exact, PeriodEnd = new DateOnly(2020, 10, 9),
    };

    [Theory]
    [InlineData("portant le nombre des militaires décédés à 350 personnes jusqu’à présent", 350)]
    [InlineData("et 143 blessés depuis le mois dernier", 143)]
    [InlineData("at least 1,200 people were killed", 1200)]
    [InlineData("1 200 morts", 1200)]
    [InlineData("1\u202F200 morts", 1200)]
    [InlineData("about 2.5 million people fled", 2_500_000)]
    [InlineData("trente soldats ont été tués", 30)]
    [InlineData("quatre-vingt-dix-neuf civils", 99)]
    [InlineData("deux cents blessés", 200)]
    [InlineData("two hundred and fifty soldiers", 250)]
    [InlineData("Forty-two civilians died", 42)]
    public void AFigureStatedInDigitsOrWordsStandsInItsQuote(string quote, int figure) =>
        Assert.Empty(QuoteFigures.Check(Report(quote, figure)));

    [Theory]
    [InlineData("portant le nombre des militaires décédés à 350 personnes jusqu’à présent", 355)]
    [InlineData("et 143 blessés depuis le mois dernier", 12)]
    [InlineData("des milliers de personnes", 3000)]
    public void AFigureItsQuoteDoesNotStateIsRefusedOnItsField(string quote, int figure)
    {
        var (property, message) = Assert.Single(QuoteFigures.Check(Report(quote, figure)));
        Assert.Equal(nameof(CasualtyReport.BestEstimate), property);
        Assert.Contains("does not stand in the quote", message);
        Assert.Contains(QuoteFigures.FlagLabel, message);
    }

    [Fact]
    public void BoundsMustStandInTheQuoteToo()
    {
        var problems = QuoteFigures.Check(Report("about 400 (360–440)", 400, 360, 450)).ToList();
        Assert.Equal([nameof(CasualtyReport.High)], problems.Select(p => p.Property));
    }

    [Fact]
    public void TheFlagKeepsAFigureTheQuoteDoesNotStateOnlyWithAReason()
    {
        var report = Report("et 143 blessés depuis le mois dernier", 12);
        report.FigureNotInQuote = true;
        Assert.Equal([nameof(CasualtyReport.FigureNotInQuoteReason)], QuoteFigures.Check(report).Select(p => p.Property));

        report.FigureNotInQuoteReason = "The ministry's bulletin gives 12; the article rounds it away.";
        Assert.Empty(QuoteFigures.Check(report));
    }

    [Fact]
    public void AReportWithoutAQuoteHasNothingToCheck() => Assert.Empty(QuoteFigures.Check(Report("", 1234)));
}
