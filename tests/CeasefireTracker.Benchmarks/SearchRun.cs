using CeasefireTracker.Features.Search;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// <c>search [--rounds 10]</c>: the reader's search (issue 15: fast at 1M reports) in the server, on the generated
/// store of either provider (SQLite's FTS5 index, or PostgreSQL's text-search indexes with
/// CEASEFIRE_BENCH_PROVIDER=PostgreSQL): a word in most quotes, a prefix as typed, two words, a phrase of a source
/// title and a word the set does not hold, each read <c>rounds</c> times after one warm-up.
/// </summary>
public static class SearchRun
{
    private static readonly string[] Searches = ["killed", "wound", "civilians killed", "situation report", "reunis"];

    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var rounds = options.Int("rounds", 10);
        var search = new SearchQuery(BenchmarkDatabase.PooledFactory());
        Console.WriteLine($"Search on {(BenchmarkDatabase.IsPostgreSql ? "PostgreSQL" : "SQLite")}, {BenchmarkDatabase.Reports:N0} reports, {rounds} rounds");
        foreach (var text in Searches)
        {
            var warmUp = await search.SearchAsync(text);
            var times = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                await search.SearchAsync(text);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{$"'{text}'",-20} {warmUp.Hits.Count,3} hits{(warmUp.More ? "+" : " ")} {Measurements.Describe(times, "ms")}");
        }

        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }
}
