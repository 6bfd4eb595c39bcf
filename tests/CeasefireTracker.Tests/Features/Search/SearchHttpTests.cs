using CeasefireTracker.Features.Search;

namespace CeasefireTracker.Tests.Features.Search;

// Both stores: SQLite's FTS5 index and PostgreSQL's GIN text-search indexes answer the same.
public sealed class SearchHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public Task AWordTypedWithoutAccentsFindsTheSourceWithThem() =>
        factory.AssertPageShowsAsync("/search?q=negociations", "<mark>négociations</mark>", "href=\"sources/1\"");

    [Fact]
    public async Task QuotedRecordsLinkToTheirWordsInTheSource()
    {
        var result = await factory.Services.CreateScope().ServiceProvider.GetRequiredService<SearchQuery>().SearchAsync("tues");

        Assert.Contains(result.Hits, h => h.Kind == SearchHitKind.Quote && h.Link.StartsWith("sources/1?highlight=", StringComparison.Ordinal));
        Assert.All(result.Hits, h => Assert.Contains(h.Title.Concat(h.Excerpt), s => s.IsMatch && s.Text.StartsWith("tu", StringComparison.OrdinalIgnoreCase)));
        Assert.All(result.Hits.Where(h => h.Kind != SearchHitKind.Party), h => Assert.Equal("fr", h.Language));
    }

    [Fact]
    public async Task MatchedWordsAreMarkedAndEverythingElseIsEncoded()
    {
        await factory.ChangeStoreAsync(async db => (await db.Parties.OrderBy(p => p.Id).FirstAsync()).Aliases = "<script>alert(1)</script> Zyxwvu");

        var html = await factory.GetRawPageAsync("/search?q=zyxwvu");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Zyxwvu</mark>", html);
        Assert.DoesNotContain("<script>alert(1)", html);
    }

    [Fact]
    public async Task ADeletedRecordIsNoLongerFound()
    {
        await factory.ChangeStoreAsync(async db => (await db.Parties.OrderBy(p => p.Id).Skip(1).FirstAsync()).Aliases = "Qwertzuiop");
        Assert.Contains("Qwertzuiop", await factory.GetRawPageAsync("/search?q=qwertzuiop"));
        await factory.ChangeStoreAsync(async db => (await db.Parties.OrderBy(p => p.Id).Skip(1).FirstAsync()).IsDeleted = true);

        Assert.Contains("Nothing matches", await factory.GetRawPageAsync("/search?q=qwertzuiop"));
    }

    [Fact]
    public async Task SearchSyntaxIsTakenAsPlainWords()
    {
        var html = await factory.GetPageAsync("/search?q=%22Lavrov%22%20OR%20*%20NEAR(");

        Assert.DoesNotContain("could not be run", html);
        Assert.Contains("Nothing matches", html);
    }

    [Fact]
    public async Task TheBoxInEveryPagesBarSearchesWithAPlainForm()
    {
        var html = await factory.GetRawPageAsync("/sources");

        Assert.Contains("<form action=\"search\" method=\"get\" role=\"search\"", html);
        Assert.Contains("name=\"q\"", html);
    }
}
