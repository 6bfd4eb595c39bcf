using CeasefireTracker.Features.Timeline;

namespace CeasefireTracker.Tests.Features.Timeline;

public sealed class TimelineFilterTests
{
    [Fact]
    public void ReadsGoodValues()
    {
        var filter = TimelineFilter.Parse("3", "statement", "2020-10-01", "2020-10-09", out var problems);
        Assert.Empty(problems);
        Assert.Equal(new TimelineFilter(3, EventKind.Statement, new DateOnly(2020, 10, 1), new DateOnly(2020, 10, 9)), filter);
    }

    [Fact]
    public void NoValuesMeanNoFilterAndNoProblem()
    {
        Assert.Equal(new TimelineFilter(), TimelineFilter.Parse(null, "", null, " ", out var problems));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("x", null, null, null, "party \"x\" is not a whole number")]
    [InlineData("-2", null, null, null, "party \"-2\"")]
    [InlineData(null, "Nope", null, null, "kind \"Nope\"")]
    [InlineData(null, "3", null, null, "kind \"3\"")]
    [InlineData(null, null, "2020-13-45", null, "from \"2020-13-45\"")]
    [InlineData(null, null, null, "9/10/2020", "to \"9/10/2020\"")]
    [InlineData(null, null, "2020-10-10", "2020-10-01", "is after")]
    public void EachBadValueIsNamedAndLeftOut(string? party, string? kind, string? from, string? to, string named)
    {
        var filter = TimelineFilter.Parse(party, kind, from, to, out var problems);
        Assert.Contains(problems, p => p.Contains(named));
        Assert.Equal(new TimelineFilter(), filter);
    }
}
