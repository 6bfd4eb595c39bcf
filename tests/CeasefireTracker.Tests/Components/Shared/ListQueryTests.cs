using CeasefireTracker.Components.Shared;

namespace CeasefireTracker.Tests.Components.Shared;

public sealed class ListQueryTests
{
    [Fact]
    public void ReadsKeysInAnyCaseFromAWholeAddress()
    {
        var query = ListQuery.Parse("https://host/casualties?SIDE=3&category=civilian#top");

        Assert.Equal(3, query.RecordId("side"));
        Assert.Equal(CasualtyCategory.Civilian, query.Enum<CasualtyCategory>("category"));
        Assert.Empty(query.Problems);
    }

    [Fact]
    public void BlankValuesAreAbsentNotProblems()
    {
        var query = ListQuery.Parse("side=&from=%20");

        Assert.Null(query.RecordId("side"));
        Assert.Null(query.Date("from"));
        Assert.Empty(query.Problems);
    }

    [Fact]
    public void EachBadValueIsNamedWithWhatIsShownInstead()
    {
        var query = ListQuery.Parse("page=0&kind=7&to=9/10/2020&size=3");

        Assert.Null(query.PositiveInt("page", "showing the first page"));
        Assert.Null(query.Enum<CasualtyKind>("kind"));
        Assert.Null(query.Date("to"));
        Assert.Null(query.OneOf("size", [10, 25], "25 rows a page are shown"));
        Assert.Equal(
        [
            "page \"0\" is not a whole number above 0; showing the first page.",
            $"kind \"7\" is not one of {string.Join(", ", Enum.GetNames<CasualtyKind>())}: it was ignored.",
            "to \"9/10/2020\" is not a date written yyyy-MM-dd: it was ignored.",
            "size \"3\" is not one of 10, 25: 25 rows a page are shown.",
        ], query.Problems);
    }

    [Fact]
    public void TheWriterLeavesOutAbsentAndDefaultValuesAndEscapesTheRest() =>
        Assert.Equal("statements?speaker=4&q=a%20%26%20b",
            new ListQueryWriter("statements").Add("party", (int?)null).Add("speaker", 4).Add("page", 1, byDefault: 1).Add("q", "a & b").ToString());

    [Theory]
    [InlineData("sources/*", "/sources/12", true)]
    [InlineData("sources/*", "/sources", false)]
    [InlineData("", "/", true)]
    [InlineData("casualties", "/Casualties", true)]
    [InlineData("casualties", "/casualties/1", false)]
    public void APageMatchesItsPathWithAStarForOneSegment(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new ListPage(pattern).Matches(path));
}
