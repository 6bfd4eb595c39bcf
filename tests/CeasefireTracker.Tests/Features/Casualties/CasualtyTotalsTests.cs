using CeasefireTracker.Features.Casualties;

namespace CeasefireTracker.Tests.Features.Casualties;

public sealed class CasualtyTotalsTests
{
    private const int Armenia = 2, Combined = 3, ArmenianSide = 20, Unattributed = 30, OtherReporter = 40;

    private static CasualtyReportRow Report(int id, int side, int reporter, CasualtyCategory category, int? best,
        FigureBasis basis = FigureBasis.Cumulative, FigureQualifier qualifier = FigureQualifier.Exact, int? includedIn = null,
        CasualtyKind kind = CasualtyKind.Killed, int day = 9) =>
        new(id, side, side switch { Armenia => "Armenia", Combined => "Both sides (combined)", _ => "Azerbaijan" },
            side == Combined ? SideKind.Combined : SideKind.Single, reporter, $"Reporter {reporter}", category, kind,
            best, null, null, qualifier, basis, includedIn, null, new DateOnly(2020, 10, day), 1, "quote", 0, 1, "Conflict");

    [Fact]
    public void AnIncrementInsideACumulativeFigureIsNeverAddedToIt()
    {
        var totals = CasualtyTotals.Compute(
        [
            Report(1, Armenia, ArmenianSide, CasualtyCategory.Military, 350),
            Report(2, Armenia, ArmenianSide, CasualtyCategory.Military, 30, FigureBasis.Increment, includedIn: 1),
            Report(3, Armenia, ArmenianSide, CasualtyCategory.Civilian, 19),
        ]);

        var total = Assert.Single(totals);
        Assert.Equal(369, total.Total);
        Assert.Equal("369", total.Figure);
        Assert.Contains("military 350", total.Explanation);
        Assert.Contains("civilian 19", total.Explanation);
        Assert.Contains("Increments are not added", total.Explanation);
    }

    [Fact]
    public void ACombinedSideFigureIsNeverAddedToASingleSide()
    {
        var totals = CasualtyTotals.Compute(
        [
            Report(1, Armenia, ArmenianSide, CasualtyCategory.Military, 350),
            Report(2, Armenia, ArmenianSide, CasualtyCategory.Civilian, 19),
            Report(3, Combined, Unattributed, CasualtyCategory.Unknown, 400, qualifier: FigureQualifier.Approximate),
        ]);

        Assert.Equal(369, Assert.Single(totals).Total);
        Assert.DoesNotContain(totals, t => t.Side == "Both sides (combined)");
    }

    [Fact]
    public void ClaimsOfDifferentReportersAreNeverAddedTogether()
    {
        var totals = CasualtyTotals.Compute(
        [
            Report(1, Armenia, ArmenianSide, CasualtyCategory.Military, 350),
            Report(2, Armenia, OtherReporter, CasualtyCategory.Civilian, 19),
        ]);

        Assert.Empty(totals);
    }

    [Fact]
    public void OnlyTheLatestCumulativeFigureOfACategoryCounts()
    {
        var totals = CasualtyTotals.Compute(
        [
            Report(1, Armenia, ArmenianSide, CasualtyCategory.Military, 200, day: 1),
            Report(2, Armenia, ArmenianSide, CasualtyCategory.Military, 350, day: 9),
            Report(3, Armenia, ArmenianSide, CasualtyCategory.Civilian, 19, day: 9),
        ]);

        Assert.Equal(369, Assert.Single(totals).Total);
    }

    [Fact]
    public void AnApproximatePartMakesTheTotalApproximateAndAFigureWithoutNumberIsNamedNotAdded()
    {
        var totals = CasualtyTotals.Compute(
        [
            Report(1, Armenia, ArmenianSide, CasualtyCategory.Military, 350, qualifier: FigureQualifier.Approximate),
            Report(2, Armenia, ArmenianSide, CasualtyCategory.Civilian, 19),
            Report(3, Armenia, ArmenianSide, CasualtyCategory.Unknown, null, qualifier: FigureQualifier.Many),
        ]);

        var total = Assert.Single(totals);
        Assert.Equal("about 369", total.Figure);
        Assert.Contains("Not added: unknown \"many\"", total.Explanation);
    }

    [Fact]
    public void DifferentKindsAreNeverAddedTogether()
    {
        var totals = CasualtyTotals.Compute(
        [
            Report(1, Armenia, ArmenianSide, CasualtyCategory.Civilian, 19),
            Report(2, Armenia, ArmenianSide, CasualtyCategory.Civilian, 143, kind: CasualtyKind.Wounded),
        ]);

        Assert.Empty(totals);
    }

    [Fact]
    public void CompetingClaimsForOnePeriodAreNotAddedAndTheTotalSaysSo()
    {
        var totals = CasualtyTotals.Compute(
        [
            Report(1, Armenia, ArmenianSide, CasualtyCategory.Military, 350),
            Report(2, Armenia, ArmenianSide, CasualtyCategory.Civilian, 19),
            Report(3, Armenia, ArmenianSide, CasualtyCategory.Unknown, 143),
            Report(4, Armenia, ArmenianSide, CasualtyCategory.Unknown, 12),
        ]);

        var total = Assert.Single(totals);
        Assert.Equal(369, total.Total);
        Assert.Contains("Not added: unknown, competing claims for the same period (\"143\", \"12\")", total.Explanation);
    }

    [Fact]
    public void ACategoryWithCompetingClaimsIsNeverAddedInPlaceOfOneOfThem()
    {
        var totals = CasualtyTotals.Compute(
        [
            Report(1, Armenia, ArmenianSide, CasualtyCategory.Military, 350),
            Report(2, Armenia, ArmenianSide, CasualtyCategory.Civilian, 143),
            Report(3, Armenia, ArmenianSide, CasualtyCategory.Civilian, 12),
        ]);

        Assert.Empty(totals);
    }
}
