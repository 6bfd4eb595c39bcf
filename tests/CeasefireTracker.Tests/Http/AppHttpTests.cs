using System.Net;
using CeasefireTracker.Tests.Infrastructure;

namespace CeasefireTracker.Tests.Http;

public sealed class AppHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task HealthReportsAHealthyDatabase()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
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
        var response = await factory.CreateClient().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
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
    public async Task RequestsAreLoggedToTheRollingFile()
    {
        var path = $"/no-such-page-{Guid.NewGuid():N}";
        await factory.CreateClient().GetAsync(path);

        // The request is logged once the response has gone out, so the line may land just after the client has it.
        var expected = $"HTTP GET {path} responded 404";
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string text;
        do
        {
            text = string.Concat(Directory.GetFiles(TrackerAppFactory.LogDirectory, "test-*.log").Select(ReadShared));
        }
        while (!text.Contains(expected) && DateTime.UtcNow < deadline && await Task.Delay(50).ContinueWith(_ => true));
        Assert.Contains(expected, text);
    }

    private static string ReadShared(string file)
    {
        // The sink keeps the file open; share it for reading.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
