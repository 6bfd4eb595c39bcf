using System.Diagnostics;
using System.Net.Sockets;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// Times the app from process start until /health answers 200: cold (a new database file: migrate + seed) and warm (the
/// same file again), repeated; optionally warm on a large existing database.
/// <c>startup --app src/CeasefireTracker/bin/Release/net10.0/CeasefireTracker.dll --runs 5 [--large-database file.db]</c>
/// </summary>
public static class StartupRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Measurements.Options(args);
        var app = Path.GetFullPath(options.GetValueOrDefault("app", "src/CeasefireTracker/bin/Release/net10.0/CeasefireTracker.dll"));
        if (!File.Exists(app))
        {
            Console.Error.WriteLine($"{app} does not exist: build the app in Release first.");
            return 2;
        }

        var runs = options.Int("runs", 5);
        var cold = new List<double>();
        var warm = new List<double>();
        var large = new List<double>();
        var folder = Directory.CreateTempSubdirectory("ceasefire-startup-");
        try
        {
            for (var i = 0; i < runs; i++)
            {
                var database = Path.Combine(folder.FullName, $"run-{i}.db");
                cold.Add(await TimeStartAsync(app, database));
                warm.Add(await TimeStartAsync(app, database));
                if (options.TryGetValue("large-database", out var big))
                    large.Add(await TimeStartAsync(app, Path.GetFullPath(big)));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Console.WriteLine($"Cold start, new database file (migrate + seed): {Measurements.Describe(cold, "ms")}");
        Console.WriteLine($"Warm start, existing database file:             {Measurements.Describe(warm, "ms")}");
        if (large.Count > 0)
            Console.WriteLine($"Warm start, generated 1M-report database:       {Measurements.Describe(large, "ms")}");
        return 0;
    }

    /// <summary>Milliseconds from starting the process to the first 200 from /health; the process is then stopped.</summary>
    private static async Task<double> TimeStartAsync(string app, string database)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet", [app, $"--urls=http://127.0.0.1:{port}", $"--Database:Path={database}"])
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (process.HasExited) throw new InvalidOperationException($"The app exited with code {process.ExitCode} while starting.");
                try
                {
                    using var response = await http.GetAsync($"http://127.0.0.1:{port}/health");
                    if (response.IsSuccessStatusCode) return clock.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(10);
            }

            throw new TimeoutException("The app did not answer /health within 60 s.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
