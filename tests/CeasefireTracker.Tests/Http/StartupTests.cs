using System.Diagnostics;
using CeasefireTracker.Data.Seeding;
using Microsoft.Data.Sqlite;

namespace CeasefireTracker.Tests.Http;

public sealed class StartupTests
{
    [Fact]
    public async Task AMalformedSeedFileStopsStartUpNamingTheFileAndRecordAndWritesNothing()
    {
        await WithSeedFolderAsync(async (folder, json) =>
        {
            await File.WriteAllTextAsync(json, (await File.ReadAllTextAsync(json)).Replace("\"bestEstimate\": 350", "\"bestEstimate\": -350"));
            var databasePath = Path.Combine(folder, "tracker.db");

            var (exitCode, printed) = await RunAppUntilExitAsync(folder, databasePath);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Seed file 'moscow-talks-2020-10-09.json', record 'cr-am-military-killed-350'", printed);
            Assert.Contains("cannot be negative", printed);
            Assert.Equal(0L, await CountRecordsAsync(databasePath));
        });
    }

    [Fact]
    public async Task AMalformedSeedChangeStopsStartUpEvenWhenAnEarlierImportIsStamped()
    {
        await WithSeedFolderAsync(async (folder, json) =>
        {
            var databasePath = Path.Combine(folder, "tracker.db");
            await using (var db = new TrackerDbContext(new DbContextOptionsBuilder<TrackerDbContext>()
                             .UseSqlite($"Data Source={databasePath};Pooling=False").Options))
            {
                await db.Database.MigrateAsync();
                await TestDatabase.Importer(db).ImportDirectoryAsync(folder);
            }
            var countBefore = await CountRecordsAsync(databasePath);
            await File.WriteAllTextAsync(json, (await File.ReadAllTextAsync(json))
                .Replace("\"id\": \"cr-am-military-killed-350\"", "\"id\": \"cr-new\"")
                .Replace("\"bestEstimate\": 350", "\"bestEstimate\": -350"));

            var (exitCode, printed) = await RunAppUntilExitAsync(folder, databasePath);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Seed file 'moscow-talks-2020-10-09.json', record 'cr-new'", printed);
            Assert.Equal(countBefore, await CountRecordsAsync(databasePath));
        });
    }

    /// <summary>A copy of the seed folder, deleted afterwards; the action gets the folder and its JSON file.</summary>
    private static async Task WithSeedFolderAsync(Func<string, string, Task> test)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"ceasefire-badseed-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in Directory.GetFiles(TestDatabase.SeedDirectory))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            await test(folder, Path.Combine(folder, "moscow-talks-2020-10-09.json"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The real app in its own process, expected to stop during start-up: its exit code and all it printed.</summary>
    private static async Task<(int ExitCode, string Printed)> RunAppUntilExitAsync(string seedFolder, string databasePath)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CeasefireTracker.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Database__Path"] = databasePath,
                ["Database__SeedDirectory"] = seedFolder,
                ["Serilog__WriteTo__File__Args__path"] = Path.Combine(Path.GetDirectoryName(databasePath)!, "logs", "app-.log"),
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static async Task<long> CountRecordsAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM Sources) + (SELECT COUNT(*) FROM Parties) + (SELECT COUNT(*) FROM CasualtyReports);";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task StartingTwiceOnTheSameDatabaseAddsNothing()
    {
        await using var first = new FirstStartFactory();
        first.CreateClient();
        await first.DisposeWithoutDeletingAsync();

        await using var second = new ReuseDatabaseFactory(first.DatabasePath);
        var html = await second.CreateClient().GetStringAsync("/");

        Assert.Matches("count-Casualty reports\"[^>]*>9<", html);
        Assert.Matches("count-Parties\"[^>]*>10<", html);
    }

    /// <summary>No store yet: the app's own start migrates and imports the seed.</summary>
    private sealed class FirstStartFactory : TrackerAppFactory
    {
        protected override bool StartsFromTemplate => false;
    }

    private sealed class ReuseDatabaseFactory(string path) : TrackerAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Database:Path", path)];

        public override string DatabasePath => path;
    }
}
