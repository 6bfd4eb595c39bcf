using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CeasefireTracker.Tests.Components;

/// <summary>Readers' renders are admitted through a small concurrency limit; past it they get 503 with Retry-After.</summary>
public sealed class ReaderAdmissionTests(ReaderAdmissionTests.Factory factory) : IClassFixture<ReaderAdmissionTests.Factory>
{
    public sealed class Factory : TrackerAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            [new("ReaderAdmission:MaxConcurrent", "1"), new("ReaderAdmission:QueueLength", "0"), new("ReaderAdmission:RetryAfterSeconds", "3")];
    }

    [Fact]
    public async Task ABurstOfCacheMissesPastTheLimitIsAnswered503WithRetryAfter()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.GetAsync("/casualties");

        // Every address different, so none is served from the output cache: each one asks for a render.
        var burst = Enumerable.Range(1, 40).Select(day => client.GetAsync($"/casualties?from=2020-01-{day % 28 + 1:00}&to=2021-{day % 12 + 1:00}-01"));
        var responses = await Task.WhenAll(burst);

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, r.StatusCode.ToString()));
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(refused);
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(refused, r => Assert.Equal(TimeSpan.FromSeconds(3), r.Headers.RetryAfter?.Delta));
    }

    [Fact]
    public async Task StaticFilesAndHealthAreNotLimited()
    {
        var client = factory.CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("/health")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }
}
