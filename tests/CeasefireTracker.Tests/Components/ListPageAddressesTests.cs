using CeasefireTracker.Tests.Http;

namespace CeasefireTracker.Tests.Components;

/// <summary>One address per view: junk keys, empty fields and defaults are redirected away before any render.</summary>
[Collection(StoreGenerationSensitive.Name)]
public sealed class ListPageAddressesTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private HttpClient Client() => factory.CreateClientWithoutRedirects();

    [Theory]
    [InlineData("/casualties?utm_source=news&side=3", "/casualties?side=3")]
    [InlineData("/casualties?side=&reporter=&category=Civilian&kind=&sort=period&dir=desc&page=1&size=25", "/casualties?category=Civilian")]
    [InlineData("/casualties?size=10&kind=Killed&kind=Wounded", "/casualties?kind=Killed&size=10")]
    [InlineData("/timeline?anything=1", "/timeline")]
    [InlineData("/statements?page=2&party=4", "/statements?party=4&page=2")]
    [InlineData("/sources/1?highlight=10%3A5&x=1", "/sources/1?highlight=10%3A5")]
    [InlineData("/?conflict=2&fresh=1", "/?conflict=2")]
    public async Task AnAddressWithJunkEmptyOrDefaultValuesRedirectsToItsCanonicalForm(string asked, string canonical)
    {
        var response = await Client().GetAnsweringAsync(asked, HttpStatusCode.Redirect);

        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/casualties?side=abc&from=2020-99-99")]
    [InlineData("/casualties?category=Civilian&sort=figure&dir=asc")]
    [InlineData("/timeline?party=1&kind=Fighting")]
    public Task ACanonicalAddressRendersEvenWithBadValuesWhichThePageNames(string address) =>
        Client().GetAnsweringAsync(address, HttpStatusCode.OK);

    [Fact]
    public async Task ARequestWithJunkQueryKeysIsServedFromTheCacheNotRenderedAnew()
    {
        await Client().GetAsync("/ceasefires");
        var follow = factory.CreateClient();

        var response = await follow.GetAsync("/ceasefires?junk=" + Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/ceasefires", response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.True(ReaderPageCacheTests.FromCache(response));
    }
}
