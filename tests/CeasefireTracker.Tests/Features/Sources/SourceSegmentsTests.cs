using CeasefireTracker.Features.Sources;

namespace CeasefireTracker.Tests.Features.Sources;

public sealed class SourceSegmentsTests
{
    private static SourceCitation Cite(string type, int id, int start, int length) => new(type, id, $"{type} {id}", start, length);

    [Fact]
    public void OverlappingQuotesSplitIntoSegmentsEachCoveredByTheRightRecords()
    {
        //          0123456789012345678901234
        var text = "aaaa bbbb cccc dddd eeee";
        var first = Cite("Event", 1, 5, 9);      // "bbbb cccc"
        var second = Cite("Statement", 2, 10, 9); // "cccc dddd"

        var segments = SourceSegments.Split(text, [first, second]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["aaaa ", "bbbb ", "cccc", " dddd", " eeee"], segments.Select(s => s.Text));
        Assert.Equal([0, 1, 2, 1, 0], segments.Select(s => s.Citations.Count));
        Assert.Equal([first, second], segments[2].Citations);
        Assert.DoesNotContain(segments, s => s.IsHighlighted);
    }

    [Fact]
    public void NestedAndIdenticalQuotesAreBothMarked()
    {
        var text = "one two three four";
        var outer = Cite("Ceasefire", 1, 0, 18);
        var inner = Cite("Ceasefire term", 2, 4, 3);
        var same = Cite("Event", 3, 4, 3);

        var segments = SourceSegments.Split(text, [outer, inner, same]);

        Assert.Equal(["one ", "two", " three four"], segments.Select(s => s.Text));
        Assert.Equal([outer, inner, same], segments[1].Citations);
        Assert.All(segments, s => Assert.Contains(outer, s.Citations));
    }

    [Fact]
    public void TheHighlightIsItsOwnSegmentEvenInsideALongerQuote()
    {
        var text = "alpha beta gamma";
        var quote = Cite("Event", 1, 0, 16);

        var segments = SourceSegments.Split(text, [quote], (6, 4));

        Assert.Equal(["alpha ", "beta", " gamma"], segments.Select(s => s.Text));
        Assert.Equal([false, true, false], segments.Select(s => s.IsHighlighted));
    }

    [Fact]
    public void QuotesOutsideTheTextAreLeftUnmarkedNotThrown()
    {
        var segments = SourceSegments.Split("short", [Cite("Event", 1, 3, 10), Cite("Event", 2, -1, 2)], (2, 9));

        Assert.Equal(["short"], segments.Select(s => s.Text));
        Assert.False(segments[0].IsMarked);
    }

    [Theory]
    [InlineData(null, false, false)]
    [InlineData("3:4", true, false)]
    [InlineData("junk", false, true)]
    [InlineData("3", false, true)]
    [InlineData("-1:4", false, true)]
    [InlineData("8:3", false, true)]
    [InlineData("2147483647:2147483647", false, true)]
    public void HighlightValuesAreReadOrReported(string? value, bool highlights, bool reported)
    {
        var (highlight, problems) = SourceHighlight.Read(value, textLength: 10);
        Assert.Equal(highlights, highlight is not null);
        Assert.Equal(reported, problems.Count > 0);
    }
}
