using CeasefireTracker.Features.Ingestion;

namespace CeasefireTracker.Tests.Features.Ingestion;

public class LanguageCatalogTests
{
    [Theory]
    [InlineData("Les autorités azerbaïdjanaises ont déclaré que 30 civils avaient été tués à ce jour.", "fr")]
    [InlineData("The Armenian health ministry said that 31 civilians had been killed so far in the fighting.", "en")]
    public void TheLanguageIsTheOneWhoseCommonWordsTheTextUses(string text, string language) =>
        Assert.Equal(language, LanguageCatalog.BuiltIn.Detect(text).Language);

    [Fact]
    public void ALanguageWithoutAFileIsNotGuessed() =>
        Assert.Equal("", LanguageCatalog.BuiltIn.Detect("Ermenistan Savunma Bakanlığı, 45 askerin öldürüldüğünü açıkladı.").Language);

    [Fact]
    public void EachLanguageComesFromItsOwnFileAndAFolderCanAddOne()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "de.json"), """
                { "language": "de", "stopWords": ["der", "die", "und"], "kinds": { "Killed": ["getötet"] },
                  "categories": { "Civilian": ["zivilisten"] } }
                """);

            var catalog = new LanguageCatalog(folder.FullName);
            var analysis = new ArticleAnalyzer(catalog).Analyze("Am Freitag wurden 12 Zivilisten getötet.", new DateOnly(2020, 10, 9), "de", StoreNames.Empty);

            Assert.Contains(catalog.All, l => l.Language == "fr");
            var figure = Assert.Single(analysis.Proposals.OfType<CasualtyFigureProposal>());
            Assert.Equal(12, figure.BestEstimate);
            Assert.Equal(CeasefireTracker.Domain.CasualtyKind.Killed, figure.Kind);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
