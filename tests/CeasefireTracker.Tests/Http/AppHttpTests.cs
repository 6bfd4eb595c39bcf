namespace CeasefireTracker.Tests.Http;

public sealed class AppHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task HealthReportsAHealthyDatabase()
    {
        Assert.Equal("Healthy", await factory.GetRawPageAsync("/health"));
    }

    [Fact]
    public async Task TheHomePageShowsLiveCountsOfTheSeededStore()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        Assert.Contains("data-testid=\"count-Casualty reports\"", html);
        Assert.Matches("count-Casualty reports\"[^>]*>9<", html);
        Assert.Matches("count-Statements\"[^>]*>5<", html);
        Assert.Matches("_content/MudBlazor/MudBlazor.min[.a-z0-9]*.css", html);
    }

    [Fact]
    public async Task AnUnknownAddressAnswers404WithAMessage()
    {
        var response = await factory.GetAnsweringAsync("/no-such-page", HttpStatusCode.NotFound);
        Assert.Contains("There is no page at this address", await response.Content.ReadAsStringAsync());
    }

    [Fact, Trait("Category", TestStore.SqliteOnly)]
    public async Task TheDatabaseGoesWhereConfigurationSaysInWalMode()
    {
        await factory.CreateClient().GetAsync("/health");
        Assert.True(File.Exists(factory.DatabasePath));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task RequestsAreLoggedToTheRollingFileAsJsonEvents()
    {
        var path = $"/no-such-page-{Guid.NewGuid():N}";
        await factory.CreateClient().GetAsync(path);

        // The request is logged once the response has gone out, so the line may land just after the client has it.
        // One compact JSON event a line: the template and each value as its own property.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        System.Text.Json.JsonElement? logged;
        do
        {
            logged = Directory.GetFiles(TrackerAppFactory.LogDirectory, "test-*.log").SelectMany(f => ReadShared(f).Split('\n'))
                .Where(l => l.Contains(path, StringComparison.Ordinal))
                .Select(JsonEvent)
                .FirstOrDefault(j => j?.TryGetProperty("StatusCode", out _) == true);
        }
        while (logged is null && DateTime.UtcNow < deadline && await Task.Delay(50).ContinueWith(_ => true));
        Assert.NotNull(logged);
        var logEvent = logged.Value;
        Assert.Equal("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", logEvent.GetProperty("@mt").GetString());
        Assert.Equal(("GET", path, 404), (logEvent.GetProperty("RequestMethod").GetString(), logEvent.GetProperty("RequestPath").GetString(),
            logEvent.GetProperty("StatusCode").GetInt32()));
    }

    /// <summary>A whole line's event; null for a line the sink is still writing.</summary>
    private static System.Text.Json.JsonElement? JsonEvent(string line)
    {
        try
        {
            return System.Text.Json.JsonDocument.Parse(line).RootElement;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string ReadShared(string file)
    {
        // The sink keeps the file open; share it for reading.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
