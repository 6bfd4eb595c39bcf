using System.Globalization;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// <c>request-times --log app.log [--skip N]</c>: the server's own time per answer, to the end of its body, from the
/// app's request log (Serilog's "HTTP GET /path responded 200 in 1.23 ms"), per path after the first N lines. The
/// Server-Timing header the load client reads stops at the headers; this is the rest, measured in the server, so on
/// one machine it leaves out the load clients' own work and queue.
/// </summary>
public static partial class RequestLogTimes
{
    public static int Run(Dictionary<string, string> options)
    {
        if (options.GetValueOrDefault("log") is not { } log || !File.Exists(log))
        {
            Console.Error.WriteLine("request-times needs --log <the app's log file>.");
            return 2;
        }

        var times = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(log).Skip(options.Int("skip", 0)))
        {
            if (Responded().Match(line) is not { Success: true } match) continue;
            var path = match.Groups["path"].Value;
            if (!times.TryGetValue(path, out var list)) times[path] = list = [];
            list.Add(double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture));
        }

        foreach (var (path, list) in times)
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path,-12} {list.Count,6} answers; server time to the end of the answer (request log), ms: p50 {Measurements.Percentile(list, 50):F1}, " +
                $"p95 {Measurements.Percentile(list, 95):F1}, p99 {Measurements.Percentile(list, 99):F1}, max {list[^1]:F1}"));
        }

        return 0;
    }

    [GeneratedRegex(@"HTTP GET (?<path>\S+) responded \d+ in (?<ms>[0-9.]+) ms")]
    private static partial Regex Responded();
}
