using CeasefireTracker.Domain;
using CeasefireTracker.Features.Casualties;

namespace CeasefireTracker.Tests.Features.Casualties;

public sealed class CasualtyQueryStringTests
{
    [Fact]
    public void GoodValuesBecomeTheFilter()
    {
        var (filter, problems) = CasualtyQueryString.Parse(new CasualtyQueryValues(
            Side: "2", Reporter: "9", Category: "military", Kind: "Killed", Qualifier: "Exact", From: "2020-09-27",
            To: "2020-10-09", Sort: "figure", Dir: "asc", Page: "3", Size: "10"));

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
        var (filter, problems) = CasualtyQueryString.Parse(new CasualtyQueryValues(
            Side: "abc", Reporter: "-1", Category: "Nope", Kind: "7", Qualifier: "Exact", From: "2020-99-99",
            Sort: "colour", Dir: "up", Page: "0", Size: "1000"));

        Assert.Equal(new CasualtyFilter { Qualifier = FigureQualifier.Exact }, filter);
        foreach (var name in new[] { "side \"abc\"", "reporter \"-1\"", "category \"Nope\"", "kind \"7\"", "from \"2020-99-99\"", "sort \"colour\"", "dir \"up\"", "page \"0\"", "size \"1000\"" })
            Assert.Contains(problems, p => p.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void AFromDateAfterTheToDateDropsBoth()
    {
        var (filter, problems) = CasualtyQueryString.Parse(new CasualtyQueryValues(From: "2020-10-09", To: "2020-09-27"));

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
        var query = System.Web.HttpUtility.ParseQueryString(address.Split('?')[1]);
        var (read, problems) = CasualtyQueryString.Parse(new CasualtyQueryValues(
            query["side"], query["reporter"], query["category"], query["kind"], query["qualifier"], query["from"], query["to"],
            query["sort"], query["dir"], query["page"], query["size"]));
        Assert.Empty(problems);
        Assert.Equal(filter, read);
    }

    [Fact]
    public void TheDefaultFilterIsThePlainAddress() =>
        Assert.Equal("casualties", CasualtyQueryString.Format(new CasualtyFilter()));
}
