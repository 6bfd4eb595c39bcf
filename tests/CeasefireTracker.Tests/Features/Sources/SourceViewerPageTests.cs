using CeasefireTracker.Features.Sources;

namespace CeasefireTracker.Tests.Features.Sources;

public sealed class SourceViewerPageTests() : BunitTestBase(services => services.AddSourceQueries())
{
    [Fact]
    public void MarksEveryQuoteInPlaceAndKeepsTheTextWhole()
    {
        var page = RenderWithProviders<SourceViewerPage>(p => p.Add(x => x.Id, 1));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("mark.quote-mark")));

        using var db = Database.CreateContext();
        var source = db.Sources.Single();
        Assert.Equal(source.FullText, page.Find("[data-testid='source-text']").TextContent);
        foreach (var report in db.CasualtyReports.ToList())
        {
            var marks = page.FindAll("mark.quote-mark").Where(m => m.GetAttribute("title")!.Contains($"Casualty report"));
            Assert.Contains(report.Quote, string.Concat(page.FindAll("mark.quote-mark").Select(m => m.TextContent)));
            Assert.NotEmpty(marks);
        }

        Assert.Equal(25, page.FindAll("[aria-label='Records citing this source'] a").Count);
    }

    [Fact]
    public async Task TheRequestedQuoteIsTheActiveMarkAndNamesItsRecords()
    {
        await using var db = Database.CreateContext();
        var statement = await db.Statements.SingleAsync(s => s.ExternalId == "stmt-kalin-repetition-30-years");
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(
            $"sources/1?highlight={statement.QuoteStart}:{statement.Quote.Length}");

        var page = RenderWithProviders<SourceViewerPage>(p => p.Add(x => x.Id, 1));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("mark.quote-mark-active")));
        Assert.Equal(statement.Quote, string.Concat(page.FindAll("mark.quote-mark-active").Select(m => m.TextContent)));
        Assert.Contains("Statement: Ibrahim Kalin for Turkey", page.Find("mark.quote-mark-active").GetAttribute("aria-label"));
        Assert.Equal("highlighted-quote", page.Find("mark.quote-mark-active").Id);
    }

    [Fact]
    public void AnUnknownSourceSaysNotFound()
    {
        var page = RenderWithProviders<SourceViewerPage>(p => p.Add(x => x.Id, 404));
        page.WaitForAssertion(() => Assert.Contains("There is no source number 404", page.Find("[data-testid='source-not-found']").TextContent));
    }
}
