using CeasefireTracker.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Sources;

/// <summary>
/// The sources page reads one page of sources, never the whole table: at 1M reports the store holds 51,000 sources,
/// and reading and rendering them all after every edit took the first reader tens of seconds.
/// </summary>
public sealed class SourceListTests : DatabaseTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        for (var i = 0; i < 120; i++)
            db.Sources.Add(new Source
            {
                Title = $"Bulletin {i:D3}", Language = "en", FullText = $"Bulletin {i} text.", PublishedOn = new DateOnly(2021, 1, 1).AddDays(i),
                Version = Guid.NewGuid(),
            });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task APageHoldsAtMostAPageOfSourcesNewestFirst()
    {
        var page = await new SourceQuery(Database.Factory).ReadAsync(page: 1, pageSize: 50);

        Assert.Equal(121, page.Total);
        Assert.Equal(50, page.Rows.Count);
        Assert.Equal("Bulletin 119", page.Rows[0].Title);
        Assert.Equal("Bulletin 070", page.Rows[^1].Title);
    }

    [Fact]
    public async Task TheLastPageHoldsTheRestWithTheirCitationCounts()
    {
        var page = await new SourceQuery(Database.Factory).ReadAsync(page: 3, pageSize: 50);

        Assert.Equal(21, page.Rows.Count);
        // 7 events + 1 ceasefire + 3 terms + 9 casualty reports + 5 statements cite the seed article; no one cites a bulletin.
        Assert.Equal(25, Assert.Single(page.Rows, s => s.Title.StartsWith("Les pourparlers", StringComparison.Ordinal)).CitationCount);
        Assert.All(page.Rows.Where(s => s.Title.StartsWith("Bulletin", StringComparison.Ordinal)), s => Assert.Equal(0, s.CitationCount));
    }

    [Fact]
    public async Task TheWholeListForAnExportHasEverySourceWithItsCount()
    {
        var all = await new SourceQuery(Database.Factory).ListAsync();

        Assert.Equal(121, all.Count);
        Assert.Equal(25, all.Single(s => s.Title.StartsWith("Les pourparlers", StringComparison.Ordinal)).CitationCount);
    }

    [Fact]
    public async Task APageIsReadInTheOrderOfItsIndexNotSortedAfterReadingEverySource()
    {
        await using var db = Database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var plan = SqlitePlan.Of(db.Database.GetDbConnection(), SourceQuery.Newest(db).Skip(50).Take(50));

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_Sources_Listed", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
