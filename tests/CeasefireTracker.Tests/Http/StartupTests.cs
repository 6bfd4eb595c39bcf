using System.Diagnostics;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CeasefireTracker.Tests.Http;

public sealed class StartupTests
{
    [Fact]
    public async Task AMalformedSeedFileStopsStartUpNamingTheFileAndRecordAndWritesNothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"ceasefire-badseed-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in Directory.GetFiles(TestDatabase.SeedDirectory))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            var json = Path.Combine(folder, "moscow-talks-2020-10-09.json");
            await File.WriteAllTextAsync(json, (await File.ReadAllTextAsync(json)).Replace("\"bestEstimate\": 350", "\"bestEstimate\": -350"));

            var databasePath = Path.Combine(folder, "tracker.db");

            // The real app in its own process: start-up must stop with a non-zero exit and say what is wrong.
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CeasefireTracker.dll")])
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["Database__Path"] = databasePath,
                    ["Database__SeedDirectory"] = folder,
                    ["Serilog__WriteTo__File__Args__path"] = Path.Combine(folder, "logs", "app-.log"),
                    ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                },
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(timeout.Token);
            var printed = await output + await errors;

            Assert.NotEqual(0, process.ExitCode);
            Assert.Contains("Seed file 'moscow-talks-2020-10-09.json', record 'cr-am-military-killed-350'", printed);
            Assert.Contains("cannot be negative", printed);
            await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT (SELECT COUNT(*) FROM Sources) + (SELECT COUNT(*) FROM Parties) + (SELECT COUNT(*) FROM CasualtyReports);";
            Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task StartingTwiceOnTheSameDatabaseAddsNothing()
    {
        await using var first = new TrackerAppFactory();
        first.CreateClient();
        await first.DisposeWithoutDeletingAsync();

        await using var second = new ReuseDatabaseFactory(first.DatabasePath);
        var html = await second.CreateClient().GetStringAsync("/");

        Assert.Matches("count-Casualty reports\"[^>]*>9<", html);
        Assert.Matches("count-Parties\"[^>]*>10<", html);
    }

    private sealed class ReuseDatabaseFactory(string path) : TrackerAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Database:Path", path)];

        public override string DatabasePath => path;
    }
}
