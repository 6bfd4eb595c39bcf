using CeasefireTracker.Data.Seeding;

namespace CeasefireTracker.Tests.Features.Editing;

/// <summary>A change to a source's text re-finds every quote that cites it, or is refused listing those it would lose.</summary>
public sealed class SourceTextEditTests : EditorTestBase
{
    private async Task<Source> SourceAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Sources.AsNoTracking().SingleAsync();
    }

    private async Task<List<(string Quote, int Start)>> QuotesAsync()
    {
        await using var db = Database.CreateContext();
        var quotes = new List<(string, int)>();
        quotes.AddRange((await db.CasualtyReports.Select(r => new { r.Quote, r.QuoteStart }).ToListAsync()).Select(q => (q.Quote, q.QuoteStart)));
        quotes.AddRange((await db.TimelineEvents.Select(r => new { r.Quote, r.QuoteStart }).ToListAsync()).Select(q => (q.Quote, q.QuoteStart)));
        quotes.AddRange((await db.Statements.Select(r => new { r.Quote, r.QuoteStart }).ToListAsync()).Select(q => (q.Quote, q.QuoteStart)));
        quotes.AddRange((await db.Ceasefires.Select(r => new { r.Quote, r.QuoteStart }).ToListAsync()).Select(q => (q.Quote, q.QuoteStart)));
        quotes.AddRange((await db.CeasefireTerms.Select(r => new { r.Quote, r.QuoteStart }).ToListAsync()).Select(q => (q.Quote, q.QuoteStart)));
        return quotes;
    }

    [Fact]
    public async Task TextAddedBeforeTheQuotesMovesEveryQuoteAndEachMoveIsAuditedWithTheSource()
    {
        var source = await SourceAsync();
        source.FullText = "Mise à jour. " + source.FullText;

        var result = await Editor.UpdateAsync(source, "Heading added");

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        var text = (await SourceAsync()).FullText;
        var quotes = await QuotesAsync();
        Assert.Equal(25, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(q.Quote, text.Substring(q.Start, q.Quote.Length)));
        await using var db = Database.CreateContext();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.UserName != SeedImporter.Actor).ToListAsync();
        Assert.Equal(26, audit.Count);
        Assert.Single(audit.Select(a => a.OperationId).Distinct());
        Assert.Single(audit, a => a.EntityType == nameof(Source));
    }

    [Fact]
    public async Task ATextChangeThatLosesAQuoteIsRefusedListingTheRecordAndNothingIsSaved()
    {
        var source = await SourceAsync();
        var report = await ReadAsync<CasualtyReport>("cr-am-military-killed-350");
        source.FullText = source.FullText.Replace("à 350 personnes", "à 360 personnes");

        var result = await Editor.UpdateAsync(source);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        var broken = Assert.Single(result.BrokenQuotes);
        Assert.Equal((nameof(CasualtyReport), report.Id, report.Quote), (broken.RecordType, broken.Id, broken.Quote));
        var message = Assert.Single(result.FieldErrors[nameof(Source.FullText)]);
        Assert.Contains($"Casualty report #{report.Id} “{report.Quote}”: The quote is no longer in the text.", message);
        Assert.Contains("à 350 personnes", (await SourceAsync()).FullText);
        await using var db = Database.CreateContext();
        Assert.Empty(await db.AuditEntries.Where(a => a.UserName != SeedImporter.Actor).ToListAsync());
    }

    [Fact]
    public async Task TheLostQuoteFixedInTheSameSaveIsSavedWithTheSourceAsOneOperation()
    {
        var source = await SourceAsync();
        var report = await ReadAsync<CasualtyReport>("cr-am-military-killed-350");
        source.FullText = source.FullText.Replace("à 350 personnes", "à 360 personnes");
        const string quote = "portant le nombre des militaires décédés à 360 personnes jusqu’à présent";

        // A repair that is still wrong: the figure no longer stands in the new quote.
        var refused = await Editor.UpdateSourceAsync(source, [new QuoteFix(nameof(CasualtyReport), report.Id, quote)]);
        Assert.Contains("does not stand in the quote", Assert.Single(refused.BrokenQuotes).Problem);
        // Too short to be found once.
        refused = await Editor.UpdateSourceAsync(source, [new QuoteFix(nameof(CasualtyReport), report.Id, "militaires", 360)]);
        Assert.Contains("times in the text", Assert.Single(refused.BrokenQuotes).Problem);

        var result = await Editor.UpdateSourceAsync(source, [new QuoteFix(nameof(CasualtyReport), report.Id, quote, 360)], "Article corrected");

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        var saved = await ReadAsync<CasualtyReport>(report.ExternalId!);
        var text = (await SourceAsync()).FullText;
        Assert.Equal((quote, 360), (saved.Quote, saved.BestEstimate!.Value));
        Assert.Equal(quote, text.Substring(saved.QuoteStart, quote.Length));
        await using var db = Database.CreateContext();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.UserName != SeedImporter.Actor).ToListAsync();
        Assert.Equal(["CasualtyReport", "Source"], audit.Select(a => a.EntityType).Order());
        Assert.Single(audit.Select(a => a.OperationId).Distinct());
    }

    [Fact]
    public async Task AnEditedQuoteThatNowStandsTwiceIsRefusedAsAmbiguous()
    {
        var source = await SourceAsync();
        var report = await ReadAsync<CasualtyReport>("cr-combined-killed-approx-400");
        // The edit changes the quote's own words, and the quote now stands twice further on: which one is meant?
        source.FullText = source.FullText.Replace(report.Quote, report.Quote.Replace("environ", "à peu près")) + "\n" + report.Quote + "\n" + report.Quote;

        var result = await Editor.UpdateAsync(source);

        var broken = Assert.Single(result.BrokenQuotes);
        Assert.Equal(report.Id, broken.Id);
        Assert.Contains("2 times", broken.Problem);
    }

    [Fact]
    public async Task ABatchThatChangesASourcesTextMovesItsQuotesUnderTheSameOperation()
    {
        var source = await SourceAsync();
        source.FullText = "Mise à jour. " + source.FullText;

        var result = await Editor.ApplyAsync([new RecordWrite(source, AuditAction.Update)], "Heading added");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(26, result.Written);
        var text = (await SourceAsync()).FullText;
        Assert.All(await QuotesAsync(), q => Assert.Equal(q.Quote, text.Substring(q.Start, q.Quote.Length)));
    }

    [Fact]
    public async Task ABatchThatLosesAQuoteWritesNothingAndNamesTheRecord()
    {
        var source = await SourceAsync();
        var report = await ReadAsync<CasualtyReport>("cr-am-military-killed-350");
        source.FullText = source.FullText.Replace("à 350 personnes", "à 360 personnes");

        var result = await Editor.ApplyAsync([new RecordWrite(source, AuditAction.Update)], "Figure corrected");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((0, nameof(Source.FullText)), (error.Index, error.Property));
        Assert.StartsWith($"Casualty report #{report.Id}", error.Message);
        Assert.Contains("à 350 personnes", (await SourceAsync()).FullText);
    }

    [Fact]
    public async Task RevertingASourcesTextPutsItsQuotesBackWithIt()
    {
        var original = await SourceAsync();
        var source = await SourceAsync();
        source.FullText = "Mise à jour. " + source.FullText;
        Assert.Equal(EditOutcome.Saved, (await Editor.UpdateAsync(source)).Outcome);
        await using (var db = Database.CreateContext())
        {
            var change = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(Source) && a.UserName != SeedImporter.Actor);
            var result = await Editor.RevertAsync(change.Id, (await SourceAsync()).Version, toBefore: true);
            Assert.Equal(EditOutcome.Saved, result.Outcome);
        }

        Assert.Equal(original.FullText, (await SourceAsync()).FullText);
        Assert.All(await QuotesAsync(), q => Assert.Equal(q.Quote, original.FullText.Substring(q.Start, q.Quote.Length)));
    }
}
