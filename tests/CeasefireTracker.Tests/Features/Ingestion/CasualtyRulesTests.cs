using CeasefireTracker.Features.Ingestion;
using static CeasefireTracker.Tests.Features.Ingestion.IngestionTestText;

namespace CeasefireTracker.Tests.Features.Ingestion;

public class CasualtyRulesTests
{
    [Theory]
    [InlineData("fr", "Les combats ont fait environ 400 morts.", "environ 400", 400, FigureQualifier.Approximate)]
    [InlineData("fr", "Plus de 45 soldats ont été tués.", "Plus de 45", 45, FigureQualifier.AtLeast)]
    [InlineData("fr", "Les frappes ont tué 673 civils.", "673", 673, FigureQualifier.Exact)]
    [InlineData("fr", "Trois soldats ont été tués.", "Trois", 3, FigureQualifier.Exact)]
    [InlineData("fr", "Le bombardement a blessé 1 200 civils.", "1 200", 1200, FigureQualifier.Exact)]
    [InlineData("en", "At least 13 civilians were killed.", "At least 13", 13, FigureQualifier.AtLeast)]
    [InlineData("en", "Twenty-three soldiers were wounded.", "Twenty-three", 23, FigureQualifier.Exact)]
    [InlineData("en", "The shelling killed 1,250 people.", "1,250", 1250, FigureQualifier.Exact)]
    public void ANumberIsProposedAsWrittenWithItsQualifier(string language, string text, string asWritten, int value, FigureQualifier qualifier)
    {
        var figure = Figure(text, language);

        Assert.Equal(asWritten, figure.FigureAsWritten);
        Assert.Equal(value, figure.BestEstimate);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(text.IndexOf(figure.Quote, StringComparison.Ordinal), figure.QuoteStart);
    }

    [Theory]
    [InlineData("fr", "Les combats ont forcé des milliers de personnes à quitter leurs maisons.", FigureQualifier.Thousands, CasualtyKind.Displaced)]
    [InlineData("en", "Dozens of civilians were wounded.", FigureQualifier.Many, CasualtyKind.Wounded)]
    [InlineData("en", "Hundreds of soldiers are missing.", FigureQualifier.Hundreds, CasualtyKind.Missing)]
    public void AVagueQuantityHasNoNumber(string language, string text, FigureQualifier qualifier, CasualtyKind kind)
    {
        var figure = Figure(text, language);

        Assert.Null(figure.BestEstimate);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(kind, figure.Kind);
    }

    [Theory]
    [InlineData("fr", "Les négociations ont duré plus de 10 heures.")]
    [InlineData("fr", "Une répétition de ce qui s'est passé pendant environ 30 ans.")]
    [InlineData("en", "The talks lasted 11 hours and 300 journalists attended.")]
    [InlineData("en", "The ceasefire was agreed on 10 October 2020.")]
    public void NumbersOfOtherThingsAreNotCasualties(string language, string text) =>
        Assert.Empty(Figures(text, language));

    [Fact]
    public void AnIncrementAndTheTollItBringsTheCountToAreTwoLinkedProposalsNeverTwoTolls()
    {
        var figures = Figures("Du côté des Arméniens, 30 autres militaires ont été tués dans de nouveaux affrontements, portant le nombre des militaires décédés à 350 personnes jusqu'à présent.", "fr");

        Assert.Equal(2, figures.Count);
        var increment = figures.Single(f => f.BestEstimate == 30);
        var toll = figures.Single(f => f.BestEstimate == 350);
        Assert.Equal("30 autres", increment.FigureAsWritten);
        Assert.Equal(FigureBasis.Increment, increment.Basis);
        Assert.Equal(FigureBasis.Cumulative, toll.Basis);
        Assert.Equal(toll.Id, increment.IncludedInProposalId);
        Assert.All(figures, f => Assert.Equal("Armenia", f.AffectedSide));
        Assert.All(figures, f => Assert.Equal("Armenian side (reporter not named)", f.Reporter));
    }

    [Fact]
    public void EnglishTollsSaySoFarOrBringTheTotalTo()
    {
        var figures = Figures("Armenia's defence ministry said 45 of its soldiers were killed in the past 24 hours, bringing the military death toll to 673 since 27 September.", "en");

        var increment = figures.Single(f => f.BestEstimate == 45);
        var toll = figures.Single(f => f.BestEstimate == 673);
        Assert.Equal(FigureBasis.Increment, increment.Basis);
        Assert.Equal(toll.Id, increment.IncludedInProposalId);
        Assert.Equal(new DateOnly(2020, 9, 27), toll.PeriodStart);
        Assert.Equal("Armenian defence ministry", toll.Reporter);
        Assert.Equal(CasualtyCategory.Military, toll.Category);
    }

    [Fact]
    public void TheReporterIsWhoTheSentenceAttributesTheFigureTo()
    {
        var figure = Figure("Selon le ministère arménien de la Défense, 21 soldats ont été tués.", "fr");

        Assert.Equal("Armenian defence ministry", figure.Reporter);
        Assert.Equal("Armenia", figure.AffectedSide);
    }

    [Fact]
    public void AFigureNobodyIsSaidToGiveIsTheArticlesOwnAndCountsBothSides()
    {
        var figure = Figure("Ces combats ont fait environ 400 morts.", "fr");

        Assert.Equal(ActorRules.ArticleReporter, figure.Reporter);
        Assert.Equal(SideNames.Combined, figure.AffectedSide);
        Assert.Equal(CasualtyCategory.Unknown, figure.Category);
    }

    [Fact]
    public void ThePeopleNamedInTheClauseAreTheAffectedSideEvenWhenTheOtherSideReportsThem()
    {
        var figure = Figure("Azerbaijan's defence ministry claimed that more than 200 Armenian soldiers had died on Saturday.", "en");

        Assert.Equal("Armenia", figure.AffectedSide);
        Assert.Equal("Azerbaijani defence ministry", figure.Reporter);
        Assert.Equal(FigureBasis.Increment, figure.Basis);
        Assert.Equal(new DateOnly(2020, 10, 3), figure.PeriodEnd);
    }

    [Fact]
    public void AnEllipticFigureTakesTheCategoryOfTheOneBeforeIt()
    {
        var figures = Figures("Les autorités azerbaïdjanaises ont déclaré que 30 civils avaient été tués à ce jour et 143 blessés depuis le mois dernier.", "fr");

        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(CasualtyCategory.Civilian, f.Category));
        Assert.Equal(CasualtyKind.Wounded, figures[1].Kind);
        Assert.All(figures, f => Assert.Equal("Azerbaijani authorities", f.Reporter));
    }

    [Fact]
    public void AnUndisclosedTollIsProposedWithoutANumber()
    {
        var figure = Figure("Les autorités azerbaïdjanaises n'ont pas divulgué d'informations sur les pertes militaires.", "fr");

        Assert.Equal(FigureQualifier.Undisclosed, figure.Qualifier);
        Assert.Null(figure.BestEstimate);
        Assert.Equal(CasualtyKind.Losses, figure.Kind);
        Assert.Equal(CasualtyCategory.Military, figure.Category);
    }

    [Fact]
    public void TheSameSentenceGivesTheSameProposals()
    {
        const string text = "Selon le ministère arménien de la Défense, 21 soldats ont été tués dimanche.";

        Assert.Equal(Figure(text, "fr").Summary, Figure(text, "fr").Summary);
    }
}
