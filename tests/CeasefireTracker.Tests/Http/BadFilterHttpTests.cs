namespace CeasefireTracker.Tests.Http;

/// <summary>
/// Every reader-facing address that takes filters (the record API, the Atom feed of changes, the exports) answers a
/// value or parameter it cannot read with 400 and a problem naming what it could not read.
/// </summary>
public sealed class BadFilterHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Theory]
    [InlineData("/api/v1/casualty-reports?side=abc", "side \"abc\" is not a record number")]
    [InlineData("/api/v1/casualty-reports?colour=red", "\"colour\" is not a filter of casualty reports")]
    [InlineData("/api/v1/events?kind=Party", "kind \"Party\" is not one of")]
    [InlineData("/api/v1/statements?speaker=x", "speaker \"x\" is not a whole number")]
    [InlineData("/api/v1/parties?cursor=not-a-cursor", "cursor \"not-a-cursor\" is not a cursor")]
    [InlineData("/api/v1/parties?limit=0", "limit \"0\" is not a whole number from 1 to 500")]
    [InlineData("/api/v1/parties?limit=99999999999", "limit \"99999999999\"")]
    [InlineData("/api/v1/changes?since=%00%01", "is not a cursor this feed gave")]
    [InlineData("/api/v1/changes?conflict=1", "\"conflict\" is not a parameter of the change feed")]
    [InlineData("/feeds/changes.atom?side=abc", "side \"abc\" is not a record number")]
    [InlineData("/feeds/changes.atom?type=volcanoes", "type \"volcanoes\" is not a record type")]
    [InlineData("/feeds/changes.atom?colour=red", "\"colour\" is not a filter of this feed")]
    [InlineData("/feeds/changes.atom?type=parties&kind=Killed", "\"kind\" is not a filter of this feed")]
    [InlineData("/feeds/changes.atom?type=casualty-reports&kind=Volcano", "Volcano")]
    [InlineData("/feeds/changes.atom?type=sources&side=1", "side does not apply to sources")]
    [InlineData("/export/casualties.csv?side=abc", "side \"abc\" is not a record number")]
    [InlineData("/export/casualties.csv?category=Nope", "category \"Nope\" is not one of")]
    [InlineData("/export/casualties.json?from=2020-99-99", "from \"2020-99-99\" is not a date")]
    [InlineData("/export/timeline.csv?kind=Party", "kind \"Party\" is not one of")]
    [InlineData("/export/statements.csv?speaker=-1", "speaker \"-1\" is not a whole number")]
    [InlineData("/export/casualties.csv?hxl=yes", "hxl \"yes\" is not 1 or 0")]
    public Task AnAddressThatCannotBeReadAnswers400NamingWhat(string path, string message) =>
        factory.AssertBadRequestAsync(path, message);
}
