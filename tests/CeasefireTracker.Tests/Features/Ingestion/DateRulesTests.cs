using CeasefireTracker.Features.Ingestion;

namespace CeasefireTracker.Tests.Features.Ingestion;

public class DateRulesTests
{
    private static List<DateMention> Dates(string text, string language, DateOnly? date = null)
    {
        var vocabulary = LanguageCatalog.BuiltIn.Find(language)!;
        var article = new ArticleText(text, vocabulary.ClauseSeparators);
        return DateRules.For(vocabulary).Find(article, article.Sentences[0].Range, date ?? new DateOnly(2020, 10, 9));
    }

    [Theory]
    [InlineData("fr", "Les pourparlers ont débouché vendredi 09 Octobre 2020 sur un accord.", "vendredi 09 Octobre 2020", "2020-10-09T00:00", TimePrecision.Day)]
    [InlineData("fr", "Les combats ont repris le 27 septembre dernier.", "le 27 septembre dernier", "2020-09-27T00:00", TimePrecision.Day)]
    [InlineData("fr", "Le cessez-le-feu entrera en vigueur le 10 octobre à minuit.", "le 10 octobre à minuit", "2020-10-10T00:00", TimePrecision.Minute)]
    [InlineData("fr", "Kalin a déclaré vendredi que la solution était diplomatique.", "vendredi", "2020-10-09T00:00", TimePrecision.Day)]
    [InlineData("en", "The truce will take effect from 12:00 on 18 October.", "from 12:00 on 18 October", "2020-10-18T12:00", TimePrecision.Minute)]
    [InlineData("en", "Fighting broke out on September 27, 2020.", "September 27, 2020", "2020-09-27T00:00", TimePrecision.Day)]
    [InlineData("en", "Talks were held in March 2021.", "March 2021", "2021-03-01T00:00", TimePrecision.Month)]
    public void ADateIsResolvedAgainstTheArticlesDateWithThePrecisionTheTextGives(string language, string text, string asWritten, string local, TimePrecision precision)
    {
        var date = Assert.Single(Dates(text, language));

        Assert.Equal(asWritten, date.AsWritten);
        Assert.Equal(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), date.Local);
        Assert.Equal(precision, date.Precision);
    }

    [Fact]
    public void AStatedTimeZoneIsKeptAsStated()
    {
        var date = Assert.Single(Dates("The ceasefire begins at 07:00 Moscow Time on 10 October.", "en"));

        Assert.Equal("Europe/Moscow", date.TimeZoneId);
        Assert.True(date.ZoneStated);
        Assert.Equal(new DateTime(2020, 10, 10, 7, 0, 0), date.Local);
    }

    [Fact]
    public void AWeekdayInTheFutureTenseIsTheComingOneAndItsPartOfTheDayIsKeptInWords()
    {
        var date = Assert.Single(Dates("La trêve commencera samedi soir.", "fr"));

        Assert.Equal(new DateTime(2020, 10, 10), date.Local);
        Assert.Equal(TimePrecision.Day, date.Precision);
        Assert.Equal("evening", date.PartOfDay);
    }

    [Fact]
    public void ADateLaterThanTheArticleMarkedAsPastIsLastYears()
    {
        var date = Assert.Single(Dates("Les combats ont repris le 27 décembre dernier.", "fr"));

        Assert.Equal(new DateTime(2019, 12, 27), date.Local);
    }
}
