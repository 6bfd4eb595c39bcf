using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CeasefireTracker.Tests.Data;

/// <summary>A first start killed while it holds EF's migration lock must not leave the store unable to start.</summary>
public sealed class MigrationLockTests
{
    [Fact]
    public async Task AStartKilledWhileHoldingTheMigrationLockDoesNotStopTheNextStart()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"ceasefire-lock-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var databasePath = Path.Combine(folder, "tracker.db");
        try
        {
            // The real app on a fresh database, killed as soon as it says it is taking the lock.
            using (var first = StartApp(databasePath, folder))
            {
                Assert.True(await WaitForLineAsync(first, "Acquiring an exclusive lock", TimeSpan.FromSeconds(120)), "The first start never took the lock.");
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            // The kill can land after the migration released the lock; the row is what a kill a moment earlier leaves.
            await using (var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"CREATE TABLE IF NOT EXISTS \"{MigrationLock.Table}\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
                                      $"INSERT OR IGNORE INTO \"{MigrationLock.Table}\" VALUES (1, '{DateTimeOffset.UtcNow.AddMinutes(-5):O}');";
                await command.ExecuteNonQueryAsync();
            }

            using var second = StartApp(databasePath, folder);
            try
            {
                Assert.True(await WaitForLineAsync(second, "Database ready", TimeSpan.FromSeconds(120)), "The second start did not come up.");
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                await second.WaitForExitAsync();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process StartApp(string databasePath, string folder) => Process.Start(
        new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CeasefireTracker.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Database__Path"] = databasePath,
                ["Serilog__WriteTo__File__Args__path"] = Path.Combine(folder, "logs", "app-.log"),
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            },
        })!;

    /// <summary>Reads the process's output until a line holds the text, the process ends, or the time is up.</summary>
    private static async Task<bool> WaitForLineAsync(Process process, string text, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                if (line.Contains(text, StringComparison.Ordinal)) return true;
        }
        catch (OperationCanceledException)
        {
        }

        return false;
    }
}
