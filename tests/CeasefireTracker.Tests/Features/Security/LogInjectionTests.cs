namespace CeasefireTracker.Tests.Features.Security;

/// <summary>
/// A request path with encoded CR/LF cannot forge a line in the log file: the file holds one JSON event a line, and
/// the logged path has its control characters escaped.
/// </summary>
public sealed class LogInjectionTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task ARequestPathWithEncodedLineBreaksWritesJsonEventsWithTheBreaksEscaped()
    {
        var marker = Guid.NewGuid().ToString("N");
        await factory.CreateClient().GetAsync($"/forged-{marker}%0D%0A[12:00:00%20INF]%20User%20admin%40example.org%20signed%20in%20{marker}");

        // Waits for the request's event to reach the file (the sink writes after the response may have gone).
        var lines = await WaitForAsync(() => LinesWithAsync(marker), l => l.Any(x => x.Contains("responded", StringComparison.Ordinal)));

        Assert.All(lines, line => Assert.StartsWith("{", line));
        var paths = lines.Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty("RequestPath", out _)).Select(e => e.GetProperty("RequestPath").GetString()).Distinct();
        Assert.Equal([$"/forged-{marker}\\r\\n[12:00:00 INF] User admin@example.org signed in {marker}"], paths);
    }

    private static async Task<List<string>> WaitForAsync(Func<Task<List<string>>> read, Func<List<string>, bool> done)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var lines = await read();
            if (done(lines)) return lines;
            await Task.Delay(100, cancel.Token);
        }
    }

    private static async Task<List<string>> LinesWithAsync(string marker)
    {
        var found = new List<string>();
        foreach (var file in Directory.Exists(TrackerAppFactory.LogDirectory) ? Directory.GetFiles(TrackerAppFactory.LogDirectory) : [])
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync() is { } line)
                if (line.Contains(marker, StringComparison.Ordinal)) found.Add(line);
        }

        return found;
    }
}
