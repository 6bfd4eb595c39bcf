using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CeasefireTracker.Tests.Features.Api;

/// <summary>Every API write refuses callers that may not write; the OpenAPI document lists every endpoint.</summary>
public sealed class ApiCoverageHttpTests(ApiAppFactory factory) : IClassFixture<ApiAppFactory>
{
    private List<RouteEndpoint> ApiWrites() => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
        .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => m is not ("GET" or "HEAD")) == true)
        .ToList();

    [Fact]
    public async Task EveryApiWriteRefusesAnonymousCallersReadersReadTokensAndRevokedTokensAndWritesNothing()
    {
        var tokens = await ApiTestTokens.ForAsync(factory);
        var writes = ApiWrites();
        Enumerated.Covers(writes.Select(e => e.RoutePattern.RawText), "/api/v1/casualty-reports/", "/api/v1/sides/{id}", "/api/v1/sides/{id}/restore");
        Assert.Equal(RecordKind.All.Count * 4, writes.Count);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var before = await db.AuditEntries.CountAsync();

        foreach (var endpoint in writes)
        {
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single();
            var path = endpoint.RoutePattern.RawText!.Replace("{id}", "1");
            foreach (var (token, expected) in new (string?, HttpStatusCode)[]
                     {
                         (null, HttpStatusCode.Unauthorized), (tokens.Revoked, HttpStatusCode.Unauthorized), ("ctk_unknown", HttpStatusCode.Unauthorized),
                         (tokens.Reader, HttpStatusCode.Forbidden), (tokens.AnalystRead, HttpStatusCode.Forbidden),
                     })
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
                request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{Guid.NewGuid()}\""));
                var response = await ApiTestTokens.Client(factory, token).SendAsync(request);
                Assert.True(expected == response.StatusCode, $"{method} {path} with {(token is null ? "no token" : token[..8])}: {response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal(before, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task TheOpenApiDocumentParsesAndListsEveryEndpoint()
    {
        using var document = JsonDocument.Parse(await factory.GetRawPageAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var kind in Enumerated.Covers(RecordKind.All, RecordKind.BySlug("casualty-reports")!))
        {
            Assert.True(paths.TryGetProperty($"/api/v1/{kind.Slug}", out var list), kind.Slug);
            Assert.True(list.TryGetProperty("get", out _) && list.TryGetProperty("post", out _), kind.Slug);
            Assert.True(paths.TryGetProperty($"/api/v1/{kind.Slug}/{{id}}", out var one), kind.Slug);
            Assert.True(one.TryGetProperty("get", out _) && one.TryGetProperty("put", out _) && one.TryGetProperty("delete", out _), kind.Slug);
        }

        Assert.True(paths.TryGetProperty("/api/v1/changes", out _));
        Assert.True(paths.TryGetProperty("/export/{dataset}.{format}", out _));
    }

    [Fact]
    public async Task TheReferencePageIsServed()
    {
        Assert.Contains("openapi/v1.json", await factory.GetRawPageAsync("/api/docs"));
    }

    [Fact]
    public async Task OnlyTheReferencePageAllowsItsOwnInlineScriptByAFreshNonce()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/api/docs/");
        var second = await client.GetAsync("/api/docs/");
        var elsewhere = await client.GetAsync("/api/v1/events");

        var nonce = System.Text.RegularExpressions.Regex.Match(first.Headers.GetValues("Content-Security-Policy").Single(), "script-src 'self' 'nonce-([^']+)';").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Matches($"<script type=\"module\" nonce=\"{System.Text.RegularExpressions.Regex.Escape(nonce)}\">", await first.Content.ReadAsStringAsync());
        Assert.DoesNotContain(nonce, second.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", elsewhere.Headers.GetValues("Content-Security-Policy").Single());
    }
}

/// <summary>The anonymous read limit, with a limit small enough to reach.</summary>
public sealed class ApiRateLimitHttpTests(ApiRateLimitHttpTests.LimitedFactory factory) : IClassFixture<ApiRateLimitHttpTests.LimitedFactory>
{
    public sealed class LimitedFactory : TrackerAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Api:AnonymousRequestsPerMinute", "3")];
    }

    [Fact]
    public async Task AnonymousReadsPastTheLimitAnswer429WithRetryAfterAndTokensAreNotLimited()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/conflicts")).StatusCode);

        var refused = await client.GetAsync("/api/v1/conflicts");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var tokens = await ApiTestTokens.ForAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await ApiTestTokens.Client(factory, tokens.Reader).GetAsync("/api/v1/conflicts")).StatusCode);
    }
}
