using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Tests.Features.Generation;

namespace CeasefireTracker.Tests.Features.Casualties;

/// <summary>
/// Pages of a generated set of 3,000 reports, on the store the run is for: whichever way a page is found (from the
/// start, from the end, from a remembered page key), it holds exactly the rows a plain OFFSET over the same order gives.
/// </summary>
public sealed class CasualtyPagingTests(GeneratedStore database) : IClassFixture<GeneratedStore>
{
    /// <summary>The rows of a filter in the grid's order, read the slow and obvious way.</summary>
    private async Task<List<int>> AllIdsAsync(CasualtyFilter filter)
    {
        await using var db = database.CreateContext();
        var query = CasualtyReportQuery.Apply(db.CasualtyReports.AsNoTracking(), filter);
        var d = filter.Descending;
        query = filter.Sort switch
        {
            CasualtySort.Figure => d
                ? query.OrderByDescending(r => r.BestEstimate).ThenByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id)
                : query.OrderBy(r => r.BestEstimate).ThenBy(r => r.PeriodEnd).ThenBy(r => r.Id),
            CasualtySort.Side => d
                ? query.OrderByDescending(r => r.AffectedSide!.Name).ThenByDescending(r => r.AffectedSideId).ThenByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id)
                : query.OrderBy(r => r.AffectedSide!.Name).ThenBy(r => r.AffectedSideId).ThenBy(r => r.PeriodEnd).ThenBy(r => r.Id),
            CasualtySort.Reporter => d
                ? query.OrderByDescending(r => r.ReportingParty!.Name).ThenByDescending(r => r.ReportingPartyId).ThenByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id)
                : query.OrderBy(r => r.ReportingParty!.Name).ThenBy(r => r.ReportingPartyId).ThenBy(r => r.PeriodEnd).ThenBy(r => r.Id),
            CasualtySort.Category => d
                ? query.OrderByDescending(r => r.Category).ThenByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id)
                : query.OrderBy(r => r.Category).ThenBy(r => r.PeriodEnd).ThenBy(r => r.Id),
            CasualtySort.Kind => d
                ? query.OrderByDescending(r => r.Kind).ThenByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id)
                : query.OrderBy(r => r.Kind).ThenBy(r => r.PeriodEnd).ThenBy(r => r.Id),
            _ => d
                ? query.OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id)
                : query.OrderBy(r => r.PeriodEnd).ThenBy(r => r.Id),
        };
        return await query.Select(r => r.Id).ToListAsync();
    }

    private async Task AssertEveryPageMatchesAsync(CasualtyReportQuery query, CasualtyFilter filter)
    {
        var expected = await AllIdsAsync(filter);
        Assert.True(expected.Count > 0, "the filter should match generated reports");
        var pages = (expected.Count + filter.PageSize - 1) / filter.PageSize;

        // Out of order on purpose: remembered page keys must serve a page whether nearer ones were asked for or not.
        var order = Enumerable.Range(1, pages).OrderBy(p => (p * 7919) % pages).ToList();
        foreach (var number in order)
        {
            var page = await query.GetPageAsync(filter with { Page = number });
            Assert.Equal(expected.Count, page.TotalCount);
            Assert.Equal(expected.Skip((number - 1) * filter.PageSize).Take(filter.PageSize), page.Rows.Select(r => r.Id));
        }
    }

    [Theory]
    [InlineData(true, 1000)]
    [InlineData(false, 1000)]
    [InlineData(true, 37)]
    [InlineData(false, 37)]
    public async Task EveryPageOfAllReportsHoldsTheRowsOfThatPage(bool descending, int anchorSpacing)
    {
        var query = new CasualtyReportQuery(database.Factory) { AnchorSpacing = anchorSpacing };

        await AssertEveryPageMatchesAsync(query, new CasualtyFilter { Descending = descending, PageSize = 50 });
    }

    [Fact]
    public async Task EveryPageOfAFilteredSetHoldsTheRowsOfThatPage()
    {
        int side;
        await using (var db = database.CreateContext())
            side = await db.CasualtyReports.GroupBy(r => r.AffectedSideId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var query = new CasualtyReportQuery(database.Factory) { AnchorSpacing = 29 };

        await AssertEveryPageMatchesAsync(query, new CasualtyFilter
        {
            SideId = side, Category = CasualtyCategory.Military, From = new DateOnly(2000, 1, 1), PageSize = 10,
        });
    }

    [Fact]
    public async Task PagesInAnOrderWithoutPageKeysAreReadFromTheNearerEnd()
    {
        var query = new CasualtyReportQuery(database.Factory) { AnchorSpacing = 37 };

        await AssertEveryPageMatchesAsync(query, new CasualtyFilter { Sort = CasualtySort.Figure, Descending = false, PageSize = 100 });
    }

    [Theory]
    [InlineData(CasualtySort.Side, false)]
    [InlineData(CasualtySort.Side, true)]
    [InlineData(CasualtySort.Reporter, false)]
    [InlineData(CasualtySort.Reporter, true)]
    [InlineData(CasualtySort.Category, false)]
    [InlineData(CasualtySort.Kind, true)]
    public async Task PagesOrderedBySideReporterCategoryOrKindRunAcrossTheirSegments(CasualtySort sort, bool descending)
    {
        var query = new CasualtyReportQuery(database.Factory) { AnchorSpacing = 41 };

        await AssertEveryPageMatchesAsync(query, new CasualtyFilter { Sort = sort, Descending = descending, PageSize = 25 });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PagingThroughASideForwardAndBackShowsEveryReportOnceWhereManyShareAPeriodEnd(bool descending)
    {
        int side;
        await using (var db = database.CreateContext())
            side = await db.CasualtyReports.GroupBy(r => r.AffectedSideId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var filter = new CasualtyFilter { SideId = side, Descending = descending, PageSize = 10 };
        var expected = await AllIdsAsync(filter);
        await using (var db = database.CreateContext())
        {
            // Ties are what a keyset on the period end alone would get wrong: the page keys below fall inside them.
            var ends = await CasualtyReportQuery.Apply(db.CasualtyReports.AsNoTracking(), filter).Select(r => r.PeriodEnd).Distinct().CountAsync();
            Assert.True(ends < expected.Count / 2, $"{expected.Count} reports over {ends} period ends: too few ties to test");
        }

        var pages = (expected.Count + filter.PageSize - 1) / filter.PageSize;
        foreach (var numbers in new[] { Enumerable.Range(1, pages), Enumerable.Range(1, pages).Reverse() })
        {
            // Page keys every 7 rows, so most pages start from one, and a fresh query each way: none is remembered yet.
            var query = new CasualtyReportQuery(database.Factory) { AnchorSpacing = 7 };
            var shown = new Dictionary<int, List<int>>();
            foreach (var number in numbers)
                shown[number] = [.. (await query.GetPageAsync(filter with { Page = number })).Rows.Select(r => r.Id)];

            var read = Enumerable.Range(1, pages).SelectMany(n => shown[n]).ToList();
            Assert.Equal(read.Count, read.Distinct().Count());
            Assert.Equal(expected, read);
        }
    }

    [Fact]
    public async Task APagePastTheEndIsEmptyButKeepsTheTotal()
    {
        var query = new CasualtyReportQuery(database.Factory);
        var total = (await AllIdsAsync(new CasualtyFilter())).Count;

        var page = await query.GetPageAsync(new CasualtyFilter { Page = total, PageSize = 100 });

        Assert.Empty(page.Rows);
        Assert.Equal(total, page.TotalCount);
    }
}
