using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Components;

/// <summary>How much rendering readers may ask of the server at once (section <c>ReaderAdmission</c>).</summary>
public sealed class ReaderAdmissionOptions
{
    public const string Section = "ReaderAdmission";

    /// <summary>
    /// Renders (output-cache misses) and exports of anonymous readers running at once: two per core. Renders mostly use
    /// the processor, so more at once only makes each slower (8 on 2 cores: answered renders p95 0.46 s under a burst of
    /// 200 readers' misses, against 0.16 s with 4; docs/performance.md).
    /// </summary>
    public int MaxConcurrent { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>Requests that wait for a free slot; past them the answer is 503 at once.</summary>
    public int QueueLength { get; set; } = 32;

    /// <summary>
    /// How long a request may wait in the queue before it is answered 503: a queue of slow renders (the timeline's, in a
    /// burst of misses) would otherwise keep a reader waiting seconds for a page it would rather retry.
    /// </summary>
    public int MaxQueueWaitMilliseconds { get; set; } = 150;

    /// <summary>The Retry-After a refused reader gets.</summary>
    public int RetryAfterSeconds { get; set; } = 2;
}

/// <summary>Marks an endpoint whose readers' requests are admitted through <see cref="ReaderAdmission"/>.</summary>
public sealed class ReaderAdmissionMetadata
{
    public static readonly ReaderAdmissionMetadata Instance = new();
}

/// <summary>
/// Admission of readers' renders and exports: a concurrency limit with a short queue, so a spike of cache misses is
/// answered 503 with Retry-After instead of slowing every reader down and growing memory without bound. It runs after
/// the output cache, so pages served from the cache never wait for it; signed-in analysts are not limited. Its own
/// middleware rather than ASP.NET Core's rate limiter: that one runs before the cache here (sign-in limits) and has
/// one rejection status for every policy.
/// </summary>
public sealed class ReaderAdmission(RequestDelegate next, IOptions<ReaderAdmissionOptions> options, ILogger<ReaderAdmission> logger)
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, options.Value.MaxConcurrent),
        QueueLimit = Math.Max(0, options.Value.QueueLength),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private readonly string _retryAfter = Math.Max(1, options.Value.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);

    private readonly string _busy =
        $"The server is busy with other readers' pages. Please try again in {Math.Max(1, options.Value.RetryAfterSeconds)} seconds.";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ReaderAdmissionMetadata>() is null
            || context.User.Identity?.IsAuthenticated == true)
        {
            await next(context);
            return;
        }

        using var lease = await AcquireAsync(context.RequestAborted);
        if (lease is not { IsAcquired: true })
        {
            logger.LogWarning("Refused a reader's {Path}: {MaxConcurrent} renders running and the queue is full or waited too long",
                context.Request.Path, options.Value.MaxConcurrent);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = _retryAfter;
            // A short answer of its own: without a body, the status code pages would run the request again as the
            // not-found page, through this queue a second time.
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(_busy, context.RequestAborted);
            return;
        }

        await next(context);
    }

    /// <summary>A slot, or null when the request waited longer than the queue allows (the reader's own leaving still throws).</summary>
    private async Task<RateLimitLease?> AcquireAsync(CancellationToken requestAborted)
    {
        using var waited = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        waited.CancelAfter(Math.Max(1, options.Value.MaxQueueWaitMilliseconds));
        try
        {
            return await _limiter.AcquireAsync(1, waited.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            return null;
        }
    }
}

public static class ReaderAdmissionExtensions
{
    public static IServiceCollection AddReaderAdmission(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ReaderAdmissionOptions>(configuration.GetSection(ReaderAdmissionOptions.Section));

    /// <summary>Readers' requests to these endpoints (pages, exports) wait for admission.</summary>
    public static TBuilder RequireReaderAdmission<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(ReaderAdmissionMetadata.Instance);
}
