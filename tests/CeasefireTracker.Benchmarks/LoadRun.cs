using System.Globalization;
using System.Net;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// A bounded HTTP load on a running app: for each page, a fixed number of GETs by a fixed number of concurrent
/// clients, stopped early if it runs past the time cap. Prints latency percentiles per page. Loopback only.
/// <c>load --url http://127.0.0.1:5391 --paths /,/timeline,/casualties --requests 2000 --concurrency 20 --max-seconds 300</c>
/// With <c>--uncached true</c> every request of a list page asks for a filter of its own (<c>from=</c> and <c>to=</c>
/// dates no other request of any run asks for, a key the page knows: an unknown key is only a redirect to the canonical address), so none is served
/// from the app's output cache: the time of a full render, as after every change. Answers 503 (the reader admission
/// limit refusing work past its queue) are counted apart: under a burst of misses the server must answer fast or
/// refuse, never hang. Any other status, or no answer, is a failure. Beside the clients' latency it prints the server's
/// own time from its Server-Timing header: on one machine the clients share the server's cores, and their latency
/// includes their own work and queue.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var baseUri = new Uri(options.GetValueOrDefault("url", "http://127.0.0.1:5391"));
        if (!baseUri.IsLoopback)
        {
            Console.Error.WriteLine($"Refusing to load {baseUri}: only loopback addresses are measured.");
            return 2;
        }

        var paths = options.GetValueOrDefault("paths", "/,/timeline,/casualties").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var requests = options.Int("requests", 2_000);
        var concurrency = options.Int("concurrency", 20);
        var warmup = options.Int("warmup", 20);
        var cap = TimeSpan.FromSeconds(options.Int("max-seconds", 300));
        var uncached = options.GetValueOrDefault("uncached", "false") == "true";
        // Distinct from every earlier run's addresses, which the app may still hold.
        var run = Random.Shared.Next(0, 3650);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = baseUri,
            Timeout = TimeSpan.FromSeconds(30),
        };

        var failed = false;
        Console.WriteLine($"# {requests} requests per page, {concurrency} concurrent clients, cap {cap.TotalSeconds:F0} s, {warmup} warm-up requests, " +
                          $"{(uncached ? "every request a cache miss" : "output cache on")}, {baseUri}");
        foreach (var path in paths)
        {
            var warmupFailures = 0;
            for (var i = 0; i < warmup; i++)
            {
                try
                {
                    (await http.GetAsync(path)).Dispose();
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // A server still busy with the previous page's abandoned requests: counted, not fatal.
                    warmupFailures++;
                }
            }

            if (warmupFailures > 0) Console.WriteLine($"{path}: {warmupFailures} of {warmup} warm-up requests failed or timed out (30 s)");
            if (uncached && Miss(path, run, 0) == path) Console.WriteLine($"{path}: has no date filter; its requests may be served from the cache");
            var result = await RunPageAsync(http, path, requests, concurrency, cap, uncached ? run : null);
            failed |= result.Failures > 0 || result.Completed + result.Refused < requests;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path,-12} {result.Completed,5} ok, {result.Refused} refused (503), {result.Failures} failed, " +
                $"{result.Completed / result.Elapsed.TotalSeconds,7:F1} req/s, " +
                $"{result.Bytes / Math.Max(1, result.Completed) / 1024.0:F1} KiB/page; latency ms: p50 {P(result.Latencies, 50):F1}, p95 {P(result.Latencies, 95):F1}, " +
                $"p99 {P(result.Latencies, 99):F1}, max {P(result.Latencies, 100):F1}; server time ms (Server-Timing): p50 {P(result.ServerTimes, 50):F1}, " +
                $"p95 {P(result.ServerTimes, 95):F1}, p99 {P(result.ServerTimes, 99):F1}, max {P(result.ServerTimes, 100):F1}"));
        }

        return failed ? 1 : 0;
    }

    private static double P(List<double> sorted, double percent) => sorted.Count == 0 ? double.NaN : Measurements.Percentile(sorted, percent);

    /// <summary>Client latencies and the server's own times (its Server-Timing header), each sorted.</summary>
    private sealed record PageResult(List<double> Latencies, List<double> ServerTimes, int Completed, int Refused, int Failures, long Bytes, TimeSpan Elapsed);

    /// <summary>The app's <c>Server-Timing: app;dur=12.3</c>; null when the answer has none.</summary>
    private static double? ServerTime(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Server-Timing", out var values)
        && values.FirstOrDefault()?.Split("dur=") is [_, var duration]
        && double.TryParse(duration, CultureInfo.InvariantCulture, out var ms) ? ms : null;

    /// <summary>An address of <paramref name="path"/> no earlier request asked for (list pages that have a date filter):
    /// a "from" date of its run, before any record, and a "to" date of its own; other pages as they are. (A "to" date
    /// alone repeated the addresses of an earlier run half the time, which the app then served from its cache.)</summary>
    private static string Miss(string path, int run, int index) =>
        path is "/casualties" or "/timeline"
            ? $"{path}?from={Day(new DateOnly(1900, 1, 1).AddDays(run))}&to={Day(new DateOnly(2040, 1, 1).AddDays(-index % 10_000))}"
            : path;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<PageResult> RunPageAsync(HttpClient http, string path, int requests, int concurrency, TimeSpan cap, int? uncachedRun)
    {
        var latencies = new double[requests];
        var serverTimes = new double[requests];
        var next = -1;
        var completed = 0;
        var failures = 0;
        var refused = 0;
        long bytes = 0;
        using var stop = new CancellationTokenSource(cap);
        var clock = Stopwatch.StartNew();

        async Task Client()
        {
            while (!stop.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= requests) return;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var address = uncachedRun is { } runNumber ? Miss(path, runNumber, index) : path;
                    using var response = await http.GetAsync(address, HttpCompletionOption.ResponseContentRead, stop.Token);
                    var body = await response.Content.ReadAsByteArrayAsync(stop.Token);
                    latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    serverTimes[index] = ServerTime(response) ?? -1;
                    Interlocked.Add(ref bytes, body.Length);
                    if (response.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref completed);
                    else if (response.StatusCode == HttpStatusCode.ServiceUnavailable) Interlocked.Increment(ref refused);
                    else Interlocked.Increment(ref failures);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Client)));
        var measured = latencies.Where(l => l > 0).Order().ToList();
        var measuredServer = serverTimes.Where((t, i) => latencies[i] > 0 && t >= 0).Order().ToList();
        return new PageResult(measured, measuredServer, completed, refused, failures, bytes, clock.Elapsed);
    }
}
