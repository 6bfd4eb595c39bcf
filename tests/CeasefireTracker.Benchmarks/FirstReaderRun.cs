using Microsoft.AspNetCore.Mvc.Testing;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// <c>first-reader [--rounds 10] [--pages /,/timeline]</c>: the first reader of every reader page after an analyst's edit (issue 14: at most
/// 200 ms at 1M and 10M reports). The app runs in this process on the generated database (<see cref="ReaderApp"/>);
/// each round an analyst's edit (<see cref="ReaderApp.EditAsync"/>) moves the store's generation, and then each page is read once: no page can come
/// from the output cache or a whole-set read cached before the edit. Prints each page's median and slowest time
/// over the rounds (server time; the client is in-process, no network).
/// </summary>
public static class FirstReaderRun
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var rounds = options.Int("rounds", 10);
        await using var app = ReaderApp.OnGeneratedStore();
        var database = app.Database;
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.Timeout = TimeSpan.FromMinutes(10);

        int side, reportId, eventId;
        await using (var db = await app.Contexts.CreateDbContextAsync())
        {
            side = await db.Sides.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            reportId = await db.CasualtyReports.OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync();
            eventId = await db.TimelineEvents.OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync();
        }

        string[] pages =
        [
            "/", "/casualties", $"/casualties?side={side}", "/timeline", "/ceasefires", "/statements", "/parties", "/sources",
            $"/casualties/{reportId}", $"/events/{eventId}",
            // Search (issue 15): a word in most quotes, a prefix as typed, two words, and one the set does not hold.
            "/search?q=killed", "/search?q=wound", "/search?q=civilians+killed", "/search?q=reunis",
        ];
        // --pages /,/timeline reads only those (a profile of one page).
        if (options.GetValueOrDefault("pages") is { } only) pages = only.Split(',', StringSplitOptions.RemoveEmptyEntries);
        // Warm-up: JIT and the database's page cache, as a running server has them.
        foreach (var page in pages)
            Console.WriteLine($"warm-up {page}: {await ReadAsync(client, page):F0} ms, then {await ReadAsync(client, page):F0} ms");

        var times = pages.ToDictionary(p => p, _ => new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            if (await app.EditAsync($"Benchmark edit {round} at {DateTime.UtcNow:O}", "first-reader benchmark") is { } refused)
            {
                Console.Error.WriteLine($"The edit was not saved: {refused}");
                return 1;
            }

            foreach (var page in pages) times[page].Add(await ReadAsync(client, page));
        }

        Console.WriteLine($"First reader of each page after an edit, {rounds} rounds, {database} ({new FileInfo(database).Length / 1048576:N0} MiB)");
        Console.WriteLine($"{"page",-28} {"median ms",10} {"max ms",8}");
        foreach (var page in pages)
        {
            var sorted = times[page].Order().ToList();
            Console.WriteLine($"{page,-28} {sorted[sorted.Count / 2],10:F1} {sorted[^1],8:F1}");
        }

        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static async Task<double> ReadAsync(HttpClient client, string page)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(page);
        await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        if ((int)response.StatusCode != 200) throw new InvalidOperationException($"{page} answered {(int)response.StatusCode}");
        return clock.Elapsed.TotalMilliseconds;
    }
}
