using CeasefireTracker.Components;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Tests.Features.Account;

namespace CeasefireTracker.Tests.Http;

/// <summary>
/// The store generation is process-wide (a save anywhere moves it), so tests that expect a page to come from the cache
/// run alone, after the parallel ones: another test's save in between would rightly make a fresh render.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StoreGenerationSensitive
{
    public const string Name = "Store generation sensitive";
}

/// <summary>Reader pages come from the output cache; nothing stale, personal or cookie-bound comes with them.</summary>
[Collection(StoreGenerationSensitive.Name)]
public sealed class ReaderPageCacheTests(AccountHttpTests.Factory factory) : IClassFixture<AccountHttpTests.Factory>
{
    private HttpClient Client() => factory.CreateClientWithoutRedirects();

    /// <summary>The output cache gives a served entry's age; a fresh render has none.</summary>
    internal static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    [Fact]
    public async Task AReaderGetsTheSameRenderedPageAgainUntilTheStoreChanges()
    {
        var first = await Client().GetStringAsync("/parties");
        var again = await Client().GetAsync("/parties");
        await factory.ChangeStoreAsync(async db => (await db.Parties.OrderBy(p => p.Id).FirstAsync()).Name = "Renamed for the cache test");

        var afterChange = await Client().GetAsync("/parties");

        Assert.True(FromCache(again));
        Assert.Equal(first, await again.Content.ReadAsStringAsync());
        Assert.False(FromCache(afterChange));
        Assert.Contains("Renamed for the cache test", await afterChange.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Renamed for the cache test", first);
    }

    [Fact]
    public async Task APageFromTheCacheSetsNoCookie()
    {
        var first = await Client().GetAsync("/statements");
        var cached = await Client().GetAsync("/statements");

        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.False(cached.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task TheSignInPageIsRenderedForEachVisitorWithItsOwnAntiforgeryCookie()
    {
        var first = await Client().GetAsync("/account/login");
        var second = await Client().GetAsync("/account/login");

        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(second.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASignedInAnalystIsNeverServedAReadersCachedPage()
    {
        await TestUsers.CreateAccountAsync(factory.Services, "cache@example.org", Roles.Analyst);
        var readers = await Client().GetStringAsync("/ceasefires");
        Assert.Equal(readers, await Client().GetStringAsync("/ceasefires"));
        var analyst = Client();
        await AccountHttpTests.PostSignInAsync(analyst, "cache@example.org", AccountHttpTests.Password);

        var analystsPage = await analyst.GetStringAsync("/ceasefires");

        Assert.Contains("cache@example.org", analystsPage);
        Assert.DoesNotContain("cache@example.org", readers);
    }

    [Fact]
    public async Task AFailedSignInDoesNotDropTheReadersCachedPages()
    {
        await TestUsers.CreateAccountAsync(factory.Services, "wrong-password@example.org", Roles.Analyst);
        await Client().GetAsync("/sources");

        // Counts a failed attempt on the account: a write to the Identity tables, not to any record.
        await AccountHttpTests.PostSignInAsync(Client(), "wrong-password@example.org", "not the password at all");
        var after = await Client().GetAsync("/sources");

        Assert.True(FromCache(after));
    }

    [Fact]
    public async Task AnEditIsVisibleToTheNextReaderAtOnce()
    {
        await Client().GetAsync("/statements");
        await factory.ChangeStoreAsync(async db => (await db.Statements.OrderBy(s => s.Id).FirstAsync()).Summary = "Summary changed for the next reader");

        var next = await Client().GetAsync("/statements");

        Assert.False(FromCache(next));
        Assert.Contains("Summary changed for the next reader", await next.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ANotFoundPageIsNotCached()
    {
        var first = await Client().GetAsync("/no-such-reader-page");
        var second = await Client().GetAsync("/no-such-reader-page");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, second.StatusCode);
        Assert.False(FromCache(second));
    }

    [Fact]
    public async Task AnUnknownAddressAnswersNotFoundEvenAfterTheNotFoundPageWasServedFromTheCache()
    {
        await Client().GetAsync("/not-found");
        await Client().GetAsync("/not-found");

        var unknown = await Client().GetAsync("/no-such-page-after-the-cached-one");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("There is no page at this address", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryAnswerSaysTheServersTimeOnceAndACachedPageItsOwn()
    {
        var rendered = await Client().GetAsync("/casualties?to=2031-03-07");
        var cached = await Client().GetAsync("/casualties?to=2031-03-07");

        Assert.True(FromCache(cached));
        foreach (var response in new[] { rendered, cached })
        {
            var timing = Assert.Single(response.Headers.GetValues(ServerTiming.Header));
            Assert.Matches(@"^app;dur=\d+\.\d$", timing);
        }
        // Served from the cache in a fraction of the render's time, never the render's own figure stored with the page.
        Assert.NotEqual(rendered.Headers.GetValues(ServerTiming.Header), cached.Headers.GetValues(ServerTiming.Header));
    }
}
