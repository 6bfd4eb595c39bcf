namespace CeasefireTracker.Tests.Domain;

public sealed class FigureTextTests
{
    [Theory]
    [InlineData(30, null, null, FigureQualifier.Exact, "30")]
    [InlineData(400, null, null, FigureQualifier.Approximate, "about 400")]
    [InlineData(1200, null, null, FigureQualifier.AtLeast, "at least 1,200")]
    [InlineData(null, null, null, FigureQualifier.Thousands, "thousands")]
    [InlineData(null, null, null, FigureQualifier.Many, "many")]
    [InlineData(null, null, null, FigureQualifier.Undisclosed, "not disclosed")]
    [InlineData(500, 400, 600, FigureQualifier.Approximate, "about 500 (400–600)")]
    public void FiguresReadAsTheSourceWordsThem(int? best, int? low, int? high, FigureQualifier qualifier, string expected) =>
        Assert.Equal(expected, FigureText.Describe(best, low, high, qualifier));

    [Fact]
    public void TimesShowTheirPrecisionAndZoneAsReadersNameIt()
    {
        Assert.Equal("9 Oct 2020, Moscow time (UTC+3), implied",
            SourcedTime.Format(new DateTime(2020, 10, 9), TimePrecision.Day, "Europe/Moscow", TimeZoneBasis.Implied));
        Assert.Equal("10 Oct 2020 00:00, UTC",
            SourcedTime.Format(new DateTime(2020, 10, 10), TimePrecision.Minute, "UTC", TimeZoneBasis.Stated));
    }
}
