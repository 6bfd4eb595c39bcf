using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Overview;

namespace CeasefireTracker.Tests.Features.Overview;

public sealed class HeadlineFiguresTests : BunitTestBase
{
    protected override bool Seed => false;

    private static CasualtyReportRow Claim(int id, int best) =>
        new(id, 1, "Azerbaijan", SideKind.Single, 7, "Azerbaijani authorities", CasualtyCategory.Civilian, CasualtyKind.Wounded, best,
            null, null, FigureQualifier.Exact, FigureBasis.Cumulative, null, null, new DateOnly(2020, 10, 9), 1, "quote", 0, 1, "Conflict");

    [Fact]
    public void BothCompetingClaimsAreShownEachMarkedAsCompeting()
    {
        var rendered = RenderWithProviders<HeadlineFigures>(p => p
            .Add(c => c.Claims, [Claim(1, 143), Claim(2, 12) with { FigureNotInQuoteReason = "Second bulletin" }])
            .Add(c => c.Totals, []));

        var text = rendered.Find("[data-testid='headline-Azerbaijan']").TextContent;
        Assert.Contains("143", text);
        Assert.Contains("12", text);
        Assert.Equal(2, rendered.FindAll("[data-testid='competing-claim']").Count);
        Assert.Contains("Figure not stated in the quote: Second bulletin", rendered.Find("[data-testid='figure-not-in-quote']").TextContent);
    }
}
