using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Permalinks;
using CeasefireTracker.Tests.Features.Account;

namespace CeasefireTracker.Tests.Features.Permalinks;

/// <summary>Every record's own page: the record, its source passage with the quote marked, 404 unknown, 410 deleted, history to analysts.</summary>
public sealed class RecordPageHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    public static TheoryData<string> Paths => ["casualties", "events", "statements", "ceasefires", "parties"];

    [Fact]
    public void ThePathsAreEveryRecordPageKind()
    {
        var withPages = RecordKind.All.Select(k => k.ReaderPath).OfType<string>().Where(p => RecordPageKinds.FromPath(p) is not null).ToList();
        var paths = Enumerated.Covers(Enumerated.FirstColumn<string>(Paths), [.. withPages, "casualties"]);
        Assert.Equal(withPages.Order(), paths.Order());
    }

    private static IQueryable<Entity> Set(TrackerDbContext db, string path) => path switch
    {
        "casualties" => db.CasualtyReports.IgnoreQueryFilters(),
        "events" => db.TimelineEvents.IgnoreQueryFilters(),
        "statements" => db.Statements.IgnoreQueryFilters(),
        "ceasefires" => db.Ceasefires.IgnoreQueryFilters(),
        _ => db.Parties.IgnoreQueryFilters(),
    };

    private async Task<Entity> FirstAsync(string path)
    {
        _ = factory.Services; // the app (and its seeded store) first
        await using var db = factory.CreateStoreContext();
        return await Set(db, path).AsNoTracking().Where(e => !e.IsDeleted && e.ExternalId != null).OrderBy(e => e.Id).FirstAsync();
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ARecordsPageShowsItAndMarksItsQuoteInTheSourcePassage(string path)
    {
        var record = await FirstAsync(path);

        var html = await factory.GetPageAsync($"/{path}/{record.Id}");

        Assert.Contains("data-testid=\"record-fields\"", html);
        Assert.DoesNotContain("data-testid=\"record-history\"", html);
        if (record is ISourced sourced)
        {
            Assert.Contains($"title=\"The words this record quotes\">{sourced.Quote}</mark>", html);
            Assert.Contains($"href=\"sources/{sourced.SourceId}\"", html);
            Assert.Contains($"href=\"sources/{sourced.SourceId}?highlight={sourced.QuoteStart}:{sourced.Quote.Length}\"", html);
            Assert.Contains("Les pourparlers de haut niveau", html);
        }
        else
        {
            Assert.Contains(((Party)record).Name, html);
            Assert.Contains("data-testid=\"no-provenance\"", html);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task AnUnknownRecordAnswersNotFound(string path)
    {
        var response = await factory.CreateClient().GetAsync($"/{path}/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ADeletedRecordAnswersGoneWithAPageThatSaysSo(string path)
    {
        // A deleted copy of a seeded record: the seeded ones stay for the other tests (and no page of it was cached).
        var record = await FirstAsync(path);
        await using (var db = factory.CreateStoreContext())
        {
            record.Id = 0;
            record.ExternalId = null;
            record.IsDeleted = true;
            if (record is Party party) party.Name = "A deleted party";
            db.Add(record);
            await db.SaveChangesAsync();
        }

        var response = await factory.CreateClient().GetAsync($"/{path}/{record.Id}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("was deleted", html);
        Assert.Contains("data-testid=\"record-deleted\"", html);
        Assert.DoesNotContain("data-testid=\"record-fields\"", html);
    }

    [Fact]
    public async Task TheHistoryIsShownToAnalystsAndNotToReaders()
    {
        await TestUsers.CreateAccountAsync(factory.Services, "permalink-analyst@example.org", Roles.Analyst);
        var analyst = factory.CreateClientWithoutRedirects();
        await AccountHttpTests.PostSignInAsync(analyst, "permalink-analyst@example.org", AccountHttpTests.Password);
        var record = await FirstAsync("statements");

        var asAnalyst = WebUtility.HtmlDecode(await analyst.GetStringAsync($"/statements/{record.Id}"));
        var asReader = await factory.GetPageAsync($"/statements/{record.Id}");

        Assert.Contains("data-testid=\"record-history\"", asAnalyst);
        Assert.Contains($"href=\"manage/statements/{record.Id}/history\"", asAnalyst);
        Assert.DoesNotContain("data-testid=\"record-history\"", asReader);
        Assert.DoesNotContain("manage/statements", asReader);
    }

    [Theory]
    [InlineData("casualties", "casualties")]
    [InlineData("timeline", "events")]
    [InlineData("statements", "statements")]
    [InlineData("ceasefires", "ceasefires")]
    [InlineData("parties", "parties")]
    public async Task EveryListPageLinksItsRowsToTheirPages(string list, string path)
    {
        var record = await FirstAsync(path);

        var html = await factory.GetPageAsync($"/{list}");

        Assert.Contains($"href=\"{path}/{record.Id}\"", html);
    }

    [Fact]
    public async Task TheSourceViewersMarkedQuotesLeadToTheirRecordsPages()
    {
        var report = (CasualtyReport)await FirstAsync("casualties");

        var html = await factory.GetPageAsync($"/sources/{report.SourceId}");

        Assert.Contains($"<a href=\"casualties/{report.Id}\" class=\"quote-link\"><mark", html);
    }
}
