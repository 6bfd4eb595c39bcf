using System.Text.RegularExpressions;
using CeasefireTracker.Domain;

namespace CeasefireTracker.Tests.Data.Seeding;

/// <summary>The seed must rest on the article: every quote is in it, every figure in its quote, nothing invented.</summary>
public sealed partial class SeedMatchesArticleTests : DatabaseTestBase
{
    private string _article = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _article = await File.ReadAllTextAsync(Path.Combine(TestDatabase.SeedDirectory, "moscow-talks-2020-10-09.fr.txt"));
    }

    private async Task<List<ISourced>> AllSourcedAsync()
    {
        await using var db = Database.CreateContext();
        var all = new List<ISourced>();
        all.AddRange(await db.TimelineEvents.Include(e => e.Source).ToListAsync());
        all.AddRange(await db.Ceasefires.Include(e => e.Source).ToListAsync());
        all.AddRange(await db.CeasefireTerms.Include(e => e.Source).ToListAsync());
        all.AddRange(await db.CasualtyReports.Include(e => e.Source).ToListAsync());
        all.AddRange(await db.Statements.Include(e => e.Source).ToListAsync());
        return all;
    }

    [Fact]
    public async Task TheSourceHoldsTheArticleVerbatim()
    {
        await using var db = Database.CreateContext();
        var source = await db.Sources.SingleAsync();
        Assert.Equal(_article, source.FullText);
        Assert.Equal("fr", source.Language);
    }

    [Fact]
    public async Task EveryQuoteStandsInTheArticleAtItsPosition()
    {
        var records = await AllSourcedAsync();
        Assert.Equal(7 + 1 + 3 + 9 + 5, records.Count);
        foreach (var record in records)
        {
            Assert.False(string.IsNullOrWhiteSpace(record.Quote));
            Assert.Equal(record.Quote, record.Source!.FullText.Substring(record.QuoteStart, record.Quote.Length));
        }
    }

    [Fact]
    public async Task NoRecordRestsOnTheTruncatedLastLine()
    {
        var lastLineStart = _article.TrimEnd('\n').LastIndexOf('\n') + 1;
        Assert.StartsWith("Le Haut", _article[lastLineStart..]);
        foreach (var record in await AllSourcedAsync())
            Assert.True(record.QuoteStart + record.Quote.Length <= lastLineStart, $"'{record.Quote}' reaches into the truncated line");
    }

    [Fact]
    public async Task EveryNumberOfACasualtyReportAppearsInItsQuote()
    {
        await using var db = Database.CreateContext();
        foreach (var report in await db.CasualtyReports.ToListAsync())
        {
            var numbersInQuote = Number().Matches(report.Quote).Select(m => int.Parse(m.Value)).ToHashSet();
            foreach (var figure in new[] { report.BestEstimate, report.Low, report.High }.OfType<int>())
                Assert.Contains(figure, numbersInQuote);
        }
    }

    [Fact]
    public async Task EverySeedReportKeepsTheRuleEverySaveApplies()
    {
        await using var db = Database.CreateContext();
        foreach (var report in await db.CasualtyReports.ToListAsync())
        {
            Assert.Empty(QuoteFigures.Check(report));
            Assert.False(report.FigureNotInQuote);
        }
    }

    [Fact]
    public async Task EveryCasualtyFigureIsAttributedToTheRightSideAndReporter()
    {
        await using var db = Database.CreateContext();
        var reports = await db.CasualtyReports
            .Select(r => new { r.ExternalId, Side = r.AffectedSide!.Name, Reporter = r.ReportingParty!.Name, r.Category, r.Kind, r.BestEstimate, r.Qualifier, r.Basis })
            .ToDictionaryAsync(r => r.ExternalId!);

        Assert.Equal(9, reports.Count);
        Assert.Equal(("Both sides (combined)", CasualtyKind.Killed, (int?)400, FigureQualifier.Approximate),
            (reports["cr-combined-killed-approx-400"].Side, reports["cr-combined-killed-approx-400"].Kind, reports["cr-combined-killed-approx-400"].BestEstimate, reports["cr-combined-killed-approx-400"].Qualifier));
        Assert.Equal(FigureQualifier.Thousands, reports["cr-combined-displaced-thousands"].Qualifier);
        Assert.Null(reports["cr-combined-displaced-thousands"].BestEstimate);

        var azerbaijani = reports.Values.Where(r => r.Reporter == "Azerbaijani authorities").ToList();
        Assert.All(azerbaijani, r => Assert.Equal("Azerbaijan", r.Side));
        Assert.Equal([30, 143], azerbaijani.Where(r => r.Category == CasualtyCategory.Civilian).Select(r => r.BestEstimate!.Value).Order());
        Assert.Contains(azerbaijani, r => r.Category == CasualtyCategory.Military && r.Qualifier == FigureQualifier.Undisclosed);

        var armenian = reports.Values.Where(r => r.Side == "Armenia").ToList();
        Assert.All(armenian, r => Assert.Equal("Armenian side (reporter not named)", r.Reporter));
        Assert.Contains(armenian, r => r is { Category: CasualtyCategory.Military, BestEstimate: 350, Basis: FigureBasis.Cumulative });
        Assert.Contains(armenian, r => r is { Category: CasualtyCategory.Military, BestEstimate: 30, Basis: FigureBasis.Increment });
        Assert.Contains(armenian, r => r is { Category: CasualtyCategory.Civilian, Kind: CasualtyKind.Killed, BestEstimate: 19 });
        Assert.Contains(armenian, r => r is { Category: CasualtyCategory.Civilian, Kind: CasualtyKind.Wounded, Qualifier: FigureQualifier.Many });
    }

    [Fact]
    public async Task TheIncrementOfThirtySoldiersIsMarkedAsPartOfTheCumulative350()
    {
        await using var db = Database.CreateContext();
        var increment = await db.CasualtyReports.Include(r => r.IncludedInReport).SingleAsync(r => r.ExternalId == "cr-am-military-killed-30-new-clashes");
        Assert.Equal(350, increment.IncludedInReport!.BestEstimate);
    }

    [Fact]
    public async Task TheCeasefireHasItsMediatorPartiesTimesAndThreeTerms()
    {
        await using var db = Database.CreateContext();
        var ceasefire = await db.Ceasefires.Include(c => c.Terms).Include(c => c.Parties).Include(c => c.MediatorParty).SingleAsync();
        Assert.Equal("Russia", ceasefire.MediatorParty!.Name);
        Assert.Equal(["Armenia", "Azerbaijan"], ceasefire.Parties.Select(p => p.Name).Order());
        Assert.Equal(new DateTime(2020, 10, 9), ceasefire.AnnouncedAtLocal);
        Assert.Equal(new DateTime(2020, 10, 10, 0, 0, 0), ceasefire.InForceFromLocal);
        Assert.Equal("Europe/Moscow", ceasefire.TimeZoneId);
        // Moscow was UTC+3 in 2020: midnight there is 21:00 UTC the day before.
        Assert.Equal(new DateTime(2020, 10, 9, 21, 0, 0), ceasefire.InForceFromUtc);
        Assert.Equal(
            [CeasefireTermKind.ExchangeOfBodies, CeasefireTermKind.ExchangeOfPrisoners, CeasefireTermKind.CommitmentToTalks],
            ceasefire.Terms.Select(t => t.Kind).Order());
    }

    [Fact]
    public async Task EveryPersonTheArticleNamesIsAnOfficialWithTheirParty()
    {
        await using var db = Database.CreateContext();
        var officials = await db.Officials.Select(o => new { o.Name, Party = o.Party!.Name }).ToListAsync();
        Assert.Equal(
            [("Ibrahim Kalin", "Turkey"), ("Jeyhun Bayramov", "Azerbaijan"), ("Sergey Lavrov", "Russia"), ("Zohrab Mnatsakanyan", "Armenia")],
            officials.Select(o => (o.Name, o.Party)).Order());
    }

    [Fact]
    public async Task TheDirectQuoteOfKalinIsKeptInFrench()
    {
        await using var db = Database.CreateContext();
        var direct = await db.Statements.Include(s => s.Speaker).SingleAsync(s => s.IsDirectQuote);
        Assert.Equal("Ibrahim Kalin", direct.Speaker!.Name);
        Assert.Equal("fr", direct.Language);
        Assert.StartsWith("S’ils appellent seulement à un cessez-le-feu", direct.Text);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
