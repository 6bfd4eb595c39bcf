using CeasefireTracker.Components.Shared;
using CeasefireTracker.Features.Casualties;

namespace CeasefireTracker.Tests.Features.Casualties;

public sealed class CasualtyQueryStringTests
{
    [Fact]
    public void GoodValuesBecomeTheFilter()
    {
        var (filter, problems) = CasualtyQueryString.Parse(ListQuery.Parse(
            "side=2&reporter=9&category=military&kind=Killed&qualifier=Exact&from=2020-09-27&to=2020-10-09&sort=figure&dir=asc&page=3&size=10"));

        Assert.Empty(problems);
        Assert.Equal(new CasualtyFilter
        {
            SideId = 2, ReporterId = 9, Category = CasualtyCategory.Military, Kind = CasualtyKind.Killed,
            Qualifier = FigureQualifier.Exact, From = new DateOnly(2020, 9, 27), To = new DateOnly(2020, 10, 9),
            Sort = CasualtySort.Figure, Descending = false, Page = 3, PageSize = 10,
        }, filter);
    }

    [Fact]
    public void BadValuesAreIgnoredAndNamed()
    {
        var (filter, problems) = CasualtyQueryString.Parse(ListQuery.Parse(
            "side=abc&reporter=-1&category=Nope&kind=7&qualifier=Exact&from=2020-99-99&sort=colour&dir=up&page=0&size=1000"));

        Assert.Equal(new CasualtyFilter { Qualifier = FigureQualifier.Exact }, filter);
        foreach (var name in new[] { "side \"abc\"", "reporter \"-1\"", "category \"Nope\"", "kind \"7\"", "from \"2020-99-99\"", "sort \"colour\"", "dir \"up\"", "page \"0\"", "size \"1000\"" })
            Assert.Contains(problems, p => p.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void AFromDateAfterTheToDateDropsBoth()
    {
        var (filter, problems) = CasualtyQueryString.Parse(ListQuery.Parse("from=2020-10-09&to=2020-09-27"));

        Assert.Null(filter.From);
        Assert.Null(filter.To);
        Assert.Contains("from (2020-10-09) is after to (2020-09-27)", Assert.Single(problems));
    }

    [Fact]
    public void AFilterWritesTheAddressThatReadsBackToIt()
    {
        var filter = new CasualtyFilter
        {
            SideId = 2, Category = CasualtyCategory.Civilian, From = new DateOnly(2020, 10, 1), Sort = CasualtySort.Reporter,
            Descending = false, Page = 2, PageSize = 50,
        };

        var address = CasualtyQueryString.Format(filter);

        Assert.Equal("casualties?side=2&category=Civilian&from=2020-10-01&sort=reporter&dir=asc&page=2&size=50", address);
        var (read, problems) = CasualtyQueryString.Parse(ListQuery.Parse(address));
        Assert.Empty(problems);
        Assert.Equal(filter, read);
    }

    [Fact]
    public void TheDefaultFilterIsThePlainAddress() =>
        Assert.Equal("casualties", CasualtyQueryString.Format(new CasualtyFilter()));
}
