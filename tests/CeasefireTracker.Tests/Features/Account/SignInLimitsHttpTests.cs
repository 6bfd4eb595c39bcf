namespace CeasefireTracker.Tests.Features.Account;

public sealed class SignInRateLimitHttpTests(SignInRateLimitHttpTests.Factory factory) : IClassFixture<SignInRateLimitHttpTests.Factory>
{
    public sealed class Factory : TrackerAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Security:SignInAttemptsPerMinute", "3")];
    }

    [Fact]
    public async Task TooManySignInAttemptsFromOneClientAreAnswered429()
    {
        var client = factory.CreateClientWithoutRedirects();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await AccountHttpTests.PostSignInAsync(client, "nobody@example.org", "whatever")).StatusCode);

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }
}

public sealed class SignInToReadHttpTests(SignInToReadHttpTests.Factory factory) : IClassFixture<SignInToReadHttpTests.Factory>
{
    public sealed class Factory : TrackerAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Security:RequireSignInToRead", "true")];
    }

    [Fact]
    public async Task WhenConfiguredReadingNeedsASignInButTheSignInPageAndHealthStayOpen()
    {
        var client = factory.CreateClientWithoutRedirects();

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("http://localhost/account/login", home.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
