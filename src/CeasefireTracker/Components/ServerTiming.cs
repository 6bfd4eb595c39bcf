using System.Diagnostics;
using System.Globalization;

namespace CeasefireTracker.Components;

/// <summary>
/// Says in every answer how long the app took to start it: <c>Server-Timing: app;dur=12.3</c>, in milliseconds from the
/// request entering the app's pipeline to its headers (for a page served from the output cache, its whole answer; for
/// a streamed render, its first part). Browsers' developer tools show it, and the load benchmark reports it apart
/// from what its own clients measure, which on one machine includes the clients' own work and queue.
/// </summary>
public sealed class ServerTiming(RequestDelegate next)
{
    public const string Header = "Server-Timing";

    public Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(static state =>
        {
            var (response, started) = ((HttpResponse, long))state;
            // Set, not appended: an answer from the output cache carries the header of the render it was stored from.
            response.Headers[Header] = string.Create(CultureInfo.InvariantCulture, $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1}");
            return Task.CompletedTask;
        }, (context.Response, started));
        return next(context);
    }
}
