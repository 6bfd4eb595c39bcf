using CeasefireTracker.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

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
        var client = factory.CreateClientWithoutRedirects();
        await client.GetAsync("/casualties");

        // Every address different, so none is served from the output cache: each one asks for a render.
        var burst = Enumerable.Range(1, 40).Select(day => client.GetAsync($"/casualties?from=2020-01-{day % 28 + 1:00}&to=2021-{day % 12 + 1:00}-01"));
        var responses = await Task.WhenAll(burst);

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, r.StatusCode.ToString()));
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(refused);
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(refused, r => Assert.Equal(TimeSpan.FromSeconds(3), r.Headers.RetryAfter?.Delta));
        // A short answer of its own, not a page: a refusal must cost next to nothing, and it is not a missing page.
        foreach (var response in refused)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("busy", body);
            Assert.Contains("3 seconds", body);
            Assert.DoesNotContain("not found", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task StaticFilesAndHealthAreNotLimited()
    {
        var client = factory.CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("/health")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }
}

/// <summary>A reader queued behind a render longer than the queue allows is answered 503, not kept waiting.</summary>
public sealed class ReaderAdmissionQueueWaitTests
{
    [Fact]
    public async Task AReaderQueuedPastTheLongestWaitIsAnswered503WhileTheRenderAheadStillRuns()
    {
        var renderAhead = new TaskCompletionSource();
        var admission = new ReaderAdmission(_ => renderAhead.Task,
            Options.Create(new ReaderAdmissionOptions { MaxConcurrent = 1, QueueLength = 4, MaxQueueWaitMilliseconds = 50, RetryAfterSeconds = 2 }),
            NullLogger<ReaderAdmission>.Instance);

        var first = admission.InvokeAsync(ReaderRequest());
        var queued = ReaderRequest();
        // Bounded so that a queue without a longest wait fails here instead of hanging the run.
        await admission.InvokeAsync(queued).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(first.IsCompleted);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, queued.Response.StatusCode);
        Assert.Equal("2", queued.Response.Headers.RetryAfter.ToString());
        renderAhead.SetResult();
        await first;
    }

    [Fact]
    public async Task AReaderQueuedWithinTheLongestWaitIsRendered()
    {
        var renderAhead = new TaskCompletionSource();
        var rendered = 0;
        var admission = new ReaderAdmission(async _ => { if (Interlocked.Increment(ref rendered) == 1) await renderAhead.Task; },
            Options.Create(new ReaderAdmissionOptions { MaxConcurrent = 1, QueueLength = 4, MaxQueueWaitMilliseconds = 60_000 }),
            NullLogger<ReaderAdmission>.Instance);

        var first = admission.InvokeAsync(ReaderRequest());
        var queuedRequest = ReaderRequest();
        var queued = admission.InvokeAsync(queuedRequest);
        Assert.False(queued.IsCompleted);
        renderAhead.SetResult();
        await Task.WhenAll(first, queued);

        Assert.Equal(2, rendered);
        Assert.Equal(StatusCodes.Status200OK, queuedRequest.Response.StatusCode);
    }

    private static DefaultHttpContext ReaderRequest()
    {
        var context = new DefaultHttpContext();
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(ReaderAdmissionMetadata.Instance), "reader page"));
        return context;
    }
}
