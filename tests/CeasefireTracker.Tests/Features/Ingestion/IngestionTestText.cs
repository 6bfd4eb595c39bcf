using CeasefireTracker.Features.Ingestion;

namespace CeasefireTracker.Tests.Features.Ingestion;

/// <summary>Runs the rules on a few sentences with an empty store (or the one given).</summary>
internal static class IngestionTestText
{
    public static readonly DateOnly Friday9October2020 = new(2020, 10, 9);

    public static ArticleAnalysis Analyze(string text, string? language, StoreNames? store = null, DateOnly? date = null) =>
        new ArticleAnalyzer(LanguageCatalog.BuiltIn).Analyze(text, date ?? Friday9October2020, language, store ?? StoreNames.Empty);

    public static List<CasualtyFigureProposal> Figures(string text, string language, DateOnly? date = null) =>
        Analyze(text, language, date: date).Proposals.OfType<CasualtyFigureProposal>().ToList();

    public static CasualtyFigureProposal Figure(string text, string language, DateOnly? date = null) =>
        Assert.Single(Figures(text, language, date));
}
