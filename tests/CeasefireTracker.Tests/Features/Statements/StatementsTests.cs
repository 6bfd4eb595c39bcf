using CeasefireTracker.Features.Parties;
using CeasefireTracker.Features.Statements;

namespace CeasefireTracker.Tests.Features.Statements;

public sealed class StatementsPageTests() : BunitTestBase(services => services.AddStatementQueries().AddPartyQueries())
{
    [Fact]
    public void ShowsEachStatementInItsLanguageWithSpeakerAndKindOfSpeech()
    {
        var page = RenderWithProviders<StatementsPage>();
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid='statement-text']").Count));

        Assert.All(page.FindAll("[data-testid='statement-text']"), s => Assert.Equal("fr", s.GetAttribute("lang")));
        Assert.Contains("not named", page.Markup);
        Assert.Contains("undated", page.Markup);
        Assert.Contains("direct quote", page.Markup);
        Assert.Contains("reported speech", page.Markup);
        // Undated statements come last.
        Assert.Contains("undated", page.FindAll("tbody tr").Last().TextContent);
    }

    [Fact]
    public async Task ThePartyAndSpeakerInTheAddressFilterTheList()
    {
        int turkey, kalin;
        await using (var db = Database.CreateContext())
        {
            turkey = (await db.Parties.SingleAsync(p => p.ExternalId == "party-turkey")).Id;
            kalin = (await db.Officials.SingleAsync(o => o.ExternalId == "official-ibrahim-kalin")).Id;
        }

        Context.Services.GetRequiredService<NavigationManager>().NavigateTo($"statements?party={turkey}");
        var page = RenderWithProviders<StatementsPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid='statement-text']").Count));

        Context.Services.GetRequiredService<NavigationManager>().NavigateTo($"statements?party={turkey}&speaker={kalin}");
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid='statement-text']").Count));
    }

    [Fact]
    public async Task TheQueryReadsOnePageAndTheTotal()
    {
        var query = new StatementQuery(Database.Factory);
        var first = await query.ReadAsync(new StatementFilter(), page: 1, pageSize: 2);
        var third = await query.ReadAsync(new StatementFilter(), page: 3, pageSize: 2);
        Assert.Equal(5, first.Total);
        Assert.Equal(2, first.Rows.Count);
        Assert.Single(third.Rows);
        Assert.Null(third.Rows[0].SaidOn);
    }
}

public sealed class StatementsHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task TheStatementsPageIsPrerenderedWithTheOriginalWords()
    {
        var html = await factory.AssertPageShowsAsync("/statements", "lang=\"fr\"", "Sergey Lavrov", "5 statements, page 1 of 1");
    }

    [Fact]
    public async Task BadFilterValuesAreNamedNotAnError()
    {
        await factory.AssertPageShowsAsync("/statements?party=abc&speaker=-1&page=x",
            "party \"abc\" is not a whole number", "speaker \"-1\" is not a whole number", "page \"x\" is not a whole number", "5 statements");
    }
}
