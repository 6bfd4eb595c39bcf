using CeasefireTracker.Features.Ingestion;
using static CeasefireTracker.Tests.Features.Ingestion.IngestionTestText;

namespace CeasefireTracker.Tests.Features.Ingestion;

public class ArticleAnalyzerTests
{
    [Fact]
    public void AnEmptyArticleGetsAMessageAndNoProposal()
    {
        var analysis = Analyze("   \n ", "fr");

        Assert.Empty(analysis.Proposals);
        Assert.Contains("empty", Assert.Single(analysis.Messages));
    }

    [Fact]
    public void AnArticleLongerThanTheLimitIsRefusedWithAMessage()
    {
        var analysis = Analyze(new string('a', ArticleAnalyzer.MaxLength + 1), "fr");

        Assert.Empty(analysis.Proposals);
        Assert.Contains("at most", Assert.Single(analysis.Messages));
    }

    [Fact]
    public void ALanguageWithoutAFileGetsItsNumbersAndDatesWithLowConfidenceAndNothingClassified()
    {
        var analysis = Analyze("Ermenistan Savunma Bakanlığı 2020-10-09 tarihinde 45 askerin öldürüldüğünü açıkladı.", null);

        Assert.False(analysis.LanguageKnown);
        Assert.NotEmpty(analysis.Messages);
        var figure = Assert.Single(analysis.Proposals.OfType<CasualtyFigureProposal>());
        Assert.Equal(45, figure.BestEstimate);
        Assert.Null(figure.Kind);
        Assert.Null(figure.Category);
        Assert.Null(figure.AffectedSide);
        Assert.Null(figure.Reporter);
        var date = Assert.Single(analysis.Proposals.OfType<EventProposal>());
        Assert.Equal(new DateTime(2020, 10, 9), date.OccurredAtLocal);
        Assert.All(analysis.Proposals, p => Assert.Equal(Confidence.Low, p.Confidence));
    }

    [Fact]
    public void EveryProposalsQuoteIsTheArticlesTextAtItsPosition()
    {
        var text = File.ReadAllText(Path.Combine(TestDatabase.SeedDirectory, "moscow-talks-2020-10-09.fr.txt"));

        var analysis = Analyze(text, "fr");

        Assert.NotEmpty(analysis.Proposals);
        Assert.All(analysis.Proposals.Where(p => p.Quote.Length > 0), p => Assert.Equal(p.Quote, text.Substring(p.QuoteStart, p.Quote.Length)));
    }

    [Fact]
    public void PartiesAndOfficialsTheStoreHoldsAreNamedAsStoredAndNotProposedAgain()
    {
        var store = new StoreNames(
            [new KnownSide(1, "Azerbaijan", SideKind.Single), new KnownSide(2, "Armenia", SideKind.Single)],
            [new KnownParty(10, "Russia", "la Russie", PartyKind.State, PartyRole.Mediator, null),
             new KnownParty(11, "Azerbaijani authorities", "Les autorités azerbaïdjanaises", PartyKind.Authority, PartyRole.Reporter, 1)],
            [new KnownOfficial(20, "Sergey Lavrov", "Serguey Lavrov", "Minister of Foreign Affairs", 10)]);

        var analysis = Analyze("Le ministre russe des Affaires étrangères, Serguey Lavrov, a annoncé un cessez-le-feu entre l'Azerbaïdjan et l'Arménie. Les autorités azerbaïdjanaises ont déclaré que 30 civils avaient été tués.", "fr", store);

        Assert.DoesNotContain(analysis.Proposals.OfType<OfficialProposal>(), o => o.Name.Contains("Lavrov"));
        Assert.DoesNotContain(analysis.Proposals.OfType<PartyProposal>(), p => p.Name is "Russia" or "Azerbaijani authorities");
        Assert.DoesNotContain(analysis.Proposals.OfType<SideProposal>(), s => s.Name is "Azerbaijan" or "Armenia");
        var statement = Assert.Single(analysis.Proposals.OfType<StatementProposal>());
        Assert.Equal("Sergey Lavrov", statement.Speaker);
        Assert.Equal("Russia", statement.OnBehalfOf);
        Assert.Equal("Azerbaijani authorities", Assert.Single(analysis.Proposals.OfType<CasualtyFigureProposal>()).Reporter);
    }

    [Fact]
    public void NewPartiesSidesAndOfficialsAreProposedWithTheirNamesAsWritten()
    {
        var analysis = Analyze("Le ministre russe des Affaires étrangères, Serguey Lavrov, a annoncé un cessez-le-feu entre l'Azerbaïdjan et l'Arménie.", "fr");

        var lavrov = Assert.Single(analysis.Proposals.OfType<OfficialProposal>());
        Assert.Equal("Serguey Lavrov", lavrov.Name);
        Assert.Equal("Russia", lavrov.Party);
        var russia = analysis.Proposals.OfType<PartyProposal>().Single(p => p.Name == "Russia");
        Assert.Equal(PartyRole.Mediator, russia.Role);
        Assert.Contains(analysis.Proposals.OfType<PartyProposal>(), p => p.Name == "Azerbaijan" && p.NameInSource == "l'Azerbaïdjan" && p.Role == PartyRole.Belligerent);
        Assert.Contains(analysis.Proposals.OfType<SideProposal>(), s => s.Name == "Armenia");
    }

    [Fact]
    public void ACeasefireGetsItsTimeInForceMediatorPartiesAndTerms()
    {
        var text = File.ReadAllText(Path.Combine(TestDatabase.SeedDirectory, "moscow-talks-2020-10-09.fr.txt"));

        var analysis = Analyze(text, "fr");

        var ceasefire = Assert.Single(analysis.Proposals.OfType<CeasefireProposal>());
        Assert.Equal(new DateTime(2020, 10, 10, 0, 0, 0), ceasefire.InForceFromLocal);
        Assert.Equal(TimePrecision.Minute, ceasefire.InForcePrecision);
        Assert.Equal("le 10 octobre à minuit", ceasefire.InForceAsWritten);
        Assert.Equal("Europe/Moscow", ceasefire.TimeZoneId);
        Assert.Equal(TimeZoneBasis.Implied, ceasefire.TimeZoneBasis);
        Assert.Equal("Russia", ceasefire.Mediator);
        Assert.Equal(["Azerbaijan", "Armenia"], ceasefire.Parties);
        Assert.Equal(3, analysis.Proposals.OfType<CeasefireTermProposal>().Count(t => t.CeasefireProposalId == ceasefire.Id));
    }

    [Fact]
    public void ADirectQuoteIsToldFromReportedSpeech()
    {
        var analysis = Analyze("“Nous voulons une solution diplomatique”, a déclaré le porte-parole de la présidence turque, Ibrahim Kalin. Le porte-parole de la présidence turque, Ibrahim Kalin, a déclaré vendredi qu'Ankara voulait une solution.", "fr");

        var statements = analysis.Proposals.OfType<StatementProposal>().ToList();
        Assert.Equal(2, statements.Count);
        Assert.True(statements[0].IsDirectQuote);
        Assert.Equal("Nous voulons une solution diplomatique", statements[0].Quote);
        Assert.False(statements[1].IsDirectQuote);
        Assert.All(statements, s => Assert.Equal("Ibrahim Kalin", s.Speaker));
        Assert.All(statements, s => Assert.Equal("Turkey", s.OnBehalfOf));
    }
}
