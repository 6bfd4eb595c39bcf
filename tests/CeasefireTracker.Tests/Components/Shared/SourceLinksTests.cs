using CeasefireTracker.Components.Shared;

namespace CeasefireTracker.Tests.Components.Shared;

public sealed class SourceLinksTests
{
    [Fact]
    public void AQuoteLinkCarriesItsPosition() => Assert.Equal("sources/3?highlight=120:45", SourceLinks.Quote(3, 120, 45));

    [Theory]
    [InlineData("120:45", 120, 45)]
    [InlineData("0:1", 0, 1)]
    public void AWellFormedHighlightIsRead(string value, int start, int length) =>
        Assert.Equal((start, length), SourceLinks.ParseHighlight(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1:5")]
    [InlineData("5:0")]
    [InlineData("1:2:3")]
    [InlineData("99999999999:1")]
    public void AMalformedHighlightIsIgnored(string? value) => Assert.Null(SourceLinks.ParseHighlight(value));
}
