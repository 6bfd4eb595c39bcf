using CeasefireTracker.Features.Casualties;

namespace CeasefireTracker.Tests.Features.Casualties;

public sealed class ClaimsByConflictTests : BunitTestBase
{
    private static CasualtyReportRow Claim(int id, int conflictId, string conflict, string side, string reporter, int best) =>
        new(id, id, side, SideKind.Single, id, reporter, CasualtyCategory.Military, CasualtyKind.Killed, best, null, null,
            FigureQualifier.Exact, FigureBasis.Cumulative, null, null, new DateOnly(2024, 5, 1), 1, "quote", 0, conflictId, conflict);

    [Fact]
    public void ClaimsOfSeveralConflictsAreComparedWithinEachConflictUnderItsName()
    {
        var claims = new[]
        {
            Claim(1, 1, "Northern war", "North", "North ministry", 120),
            Claim(2, 1, "Northern war", "North", "South army", 300),
            Claim(3, 2, "Border dispute", "East", "Monitoring mission", 7),
        };

        var rendered = RenderWithProviders<ClaimsByConflict>(p => p.Add(c => c.Claims, claims));

        Assert.Equal(["Border dispute", "Northern war"], rendered.FindAll("[data-testid='claims-conflict']").Select(h => h.TextContent));
        var grids = rendered.FindAll("[data-testid='claims-side-by-side']");
        Assert.Equal(2, grids.Count);
        Assert.Contains("Claimed by Monitoring mission", grids[0].TextContent);
        Assert.DoesNotContain("Claimed by North ministry", grids[0].TextContent);
        Assert.Contains("Claimed by North ministry", grids[1].TextContent);
        Assert.Contains("Claimed by South army", grids[1].TextContent);
        Assert.DoesNotContain("Monitoring mission", grids[1].TextContent);
    }

    [Fact]
    public void ClaimsOfOneConflictStandInOneTableWithoutAHeading()
    {
        var claims = new[] { Claim(1, 1, "Northern war", "North", "North ministry", 120), Claim(2, 1, "Northern war", "North", "South army", 300) };

        var rendered = RenderWithProviders<ClaimsByConflict>(p => p.Add(c => c.Claims, claims));

        Assert.Empty(rendered.FindAll("[data-testid='claims-conflict']"));
        Assert.Single(rendered.FindAll("[data-testid='claims-side-by-side']"));
    }

    [Fact]
    public void ACompetingClaimStandsBesideTheFirstInItsReportersCellMarkedAsCompeting()
    {
        var claims = new[]
        {
            Claim(1, 1, "Northern war", "North", "North ministry", 143),
            Claim(1, 1, "Northern war", "North", "North ministry", 12) with { Id = 2, FigureNotInQuoteReason = "Second bulletin" },
            Claim(3, 1, "Northern war", "North", "South army", 300),
        };

        var rendered = RenderWithProviders<ClaimsByConflict>(p => p.Add(c => c.Claims, claims));

        Assert.Equal(["143", "12", "300"], rendered.FindAll("[data-testid='claim-figure']").Select(a => a.TextContent));
        Assert.Equal("2 competing claims for the same period", rendered.Find("[data-testid='competing-claims']").TextContent);
        Assert.Equal("Figure not stated in the quote: Second bulletin", rendered.Find("[data-testid='figure-not-in-quote']").TextContent);
    }
}
