using CeasefireTracker.Features.Casualties;

namespace CeasefireTracker.Tests.Features.Casualties;

public sealed class CasualtyReportQueryTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CasualtyReportQuery _query = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _query = new CasualtyReportQuery(_database.Factory);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<int> SideIdAsync(string externalId)
    {
        await using var db = _database.CreateContext();
        return await db.Sides.Where(s => s.ExternalId == externalId).Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task FilteringBySideKeepsOnlyThatSidesReports()
    {
        var armenia = await SideIdAsync("side-armenia");

        var page = await _query.GetPageAsync(new CasualtyFilter { SideId = armenia });

        Assert.Equal(4, page.TotalCount);
        Assert.All(page.Rows, r => Assert.Equal("Armenia", r.AffectedSide));
        Assert.Equal(["19", "30", "350", "many"], page.Rows.Select(r => r.Figure).Order());
    }

    [Fact]
    public async Task ASavedChangeShowsInTheNextTotalAndClaimsAtOnce()
    {
        Assert.Equal(9, (await _query.GetPageAsync(new CasualtyFilter { PageSize = 4 })).TotalCount);
        var claimsBefore = await _query.GetLatestClaimsAsync(new CasualtyFilter());
        await using (var db = _database.CreateContext())
        {
            var latest = await db.CasualtyReports.FindAsync(claimsBefore[0].Id);
            latest!.IsDeleted = true;
            await db.SaveChangesAsync();
        }

        var second = await _query.GetPageAsync(new CasualtyFilter { PageSize = 4, Page = 2 });
        var claimsAfter = await _query.GetLatestClaimsAsync(new CasualtyFilter());

        Assert.Equal(8, second.TotalCount);
        Assert.DoesNotContain(claimsAfter, c => c.Id == claimsBefore[0].Id);
    }

    [Fact]
    public async Task FiltersCombine()
    {
        var page = await _query.GetPageAsync(new CasualtyFilter
        {
            Category = CasualtyCategory.Civilian, Kind = CasualtyKind.Killed, Qualifier = FigureQualifier.Exact,
        });

        Assert.Equal(["19", "30"], page.Rows.Select(r => r.Figure).Order());
    }

    [Fact]
    public async Task TheConflictNarrowsTheReports()
    {
        int conflict;
        await using (var db = _database.CreateContext())
            conflict = await db.Conflicts.Select(c => c.Id).SingleAsync();

        Assert.Equal(9, (await _query.GetPageAsync(new CasualtyFilter { ConflictId = conflict })).TotalCount);
        Assert.Equal(0, (await _query.GetPageAsync(new CasualtyFilter { ConflictId = conflict + 1 })).TotalCount);
    }

    [Fact]
    public async Task TheDateRangeBoundsThePeriodEnd()
    {
        Assert.Equal(9, (await _query.GetPageAsync(new CasualtyFilter { From = new DateOnly(2020, 10, 9), To = new DateOnly(2020, 10, 9) })).TotalCount);
        Assert.Equal(0, (await _query.GetPageAsync(new CasualtyFilter { From = new DateOnly(2020, 10, 10) })).TotalCount);
        Assert.Equal(0, (await _query.GetPageAsync(new CasualtyFilter { To = new DateOnly(2020, 10, 8) })).TotalCount);
    }

    [Fact]
    public async Task PagesAreReadFromTheServerInAStableOrder()
    {
        var first = await _query.GetPageAsync(new CasualtyFilter { PageSize = 4, Page = 1 });
        var third = await _query.GetPageAsync(new CasualtyFilter { PageSize = 4, Page = 3 });

        Assert.Equal(9, first.TotalCount);
        Assert.Equal(4, first.Rows.Count);
        Assert.Single(third.Rows);
        // Same period end everywhere in the seed, so Id (descending) decides.
        Assert.Equal(first.Rows.Select(r => r.Id).OrderDescending(), first.Rows.Select(r => r.Id));
        Assert.True(third.Rows[0].Id < first.Rows[^1].Id);
    }

    [Fact]
    public async Task SortingByFigureAscendingPutsTheSmallestNumberFirstAfterTheUnnumbered()
    {
        var page = await _query.GetPageAsync(new CasualtyFilter { Sort = CasualtySort.Figure, Descending = false });

        var numbered = page.Rows.Where(r => r.BestEstimate is not null).Select(r => r.BestEstimate!.Value).ToList();
        Assert.Equal(numbered.Order(), numbered);
    }

    [Fact]
    public async Task DeletedReportsAreLeftOut()
    {
        await using (var db = _database.CreateContext())
        {
            (await db.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-am-civilians-killed-19")).IsDeleted = true;
            await db.SaveChangesAsync();
        }

        var page = await _query.GetPageAsync(new CasualtyFilter { SideId = await SideIdAsync("side-armenia") });

        Assert.Equal(3, page.TotalCount);
    }

    [Fact]
    public async Task LatestClaimsHoldOneCumulativeClaimPerReporterSideCategoryAndKind()
    {
        var claims = await _query.GetLatestClaimsAsync(new CasualtyFilter());

        Assert.Equal(8, claims.Count);
        Assert.All(claims, c => Assert.Equal(FigureBasis.Cumulative, c.Basis));
        Assert.DoesNotContain(claims, c => c.Figure == "30" && c.AffectedSide == "Armenia");
    }

    [Fact]
    public async Task ANewerCumulativeClaimReplacesTheOlderOneInTheLatestClaims()
    {
        await using (var db = _database.CreateContext())
        {
            var old = await db.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-am-civilians-killed-19");
            db.CasualtyReports.Add(new CasualtyReport
            {
                ConflictId = old.ConflictId, AffectedSideId = old.AffectedSideId, ReportingPartyId = old.ReportingPartyId,
                Category = old.Category, Kind = old.Kind, BestEstimate = 25, Qualifier = FigureQualifier.Exact,
                Basis = FigureBasis.Cumulative, PeriodEnd = new DateOnly(2020, 10, 12), SourceId = old.SourceId,
                Quote = old.Quote, QuoteStart = old.QuoteStart,
            });
            await db.SaveChangesAsync();
        }

        var claims = await _query.GetLatestClaimsAsync(new CasualtyFilter { SideId = await SideIdAsync("side-armenia") });

        Assert.Contains(claims, c => c.Category == CasualtyCategory.Civilian && c.Kind == CasualtyKind.Killed && c.Figure == "25");
        Assert.DoesNotContain(claims, c => c.Figure == "19");
    }

    [Fact]
    public async Task ASecondClaimForTheSamePeriodIsReturnedBesideTheFirstNotInsteadOfIt()
    {
        int firstId, secondId;
        await using (var db = _database.CreateContext())
        {
            var first = await db.CasualtyReports.AsNoTracking().SingleAsync(r => r.ExternalId == "cr-az-civilians-wounded-143");
            var second = new CasualtyReport
            {
                ConflictId = first.ConflictId, AffectedSideId = first.AffectedSideId, ReportingPartyId = first.ReportingPartyId,
                Category = first.Category, Kind = first.Kind, BestEstimate = 12, Qualifier = FigureQualifier.Exact,
                Basis = first.Basis, PeriodStart = first.PeriodStart, PeriodEnd = first.PeriodEnd, SourceId = first.SourceId,
                Quote = first.Quote, QuoteStart = first.QuoteStart, FigureNotInQuote = true, FigureNotInQuoteReason = "test",
            };
            db.CasualtyReports.Add(second);
            await db.SaveChangesAsync();
            (firstId, secondId) = (first.Id, second.Id);
        }

        var claims = await _query.GetLatestClaimsAsync(new CasualtyFilter());

        var wounded = claims.Where(c => c.Id == firstId || c.Id == secondId).ToList();
        Assert.Equal([firstId, secondId], wounded.Select(c => c.Id));
        Assert.Single(wounded.Select(c => c.ClaimKey).Distinct());
        Assert.Equal(9, claims.Count);
    }

    [Fact]
    public async Task TheFilterOptionsListTheSidesAndOnlyPartiesThatReport()
    {
        var options = await _query.GetFilterOptionsAsync();

        Assert.Equal(["Armenia", "Azerbaijan", "Both sides (combined)"], options.Sides.Select(s => s.Name));
        Assert.Equal(3, options.Reporters.Count);
    }
}
