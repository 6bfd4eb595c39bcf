using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// Times the app from process start until /health answers 200: cold (a new database file: migrate + seed) and warm (the
/// same file again), repeated; optionally warm on a large existing database. Run from the repository root:
/// <c>startup --runs 5 [--large-database file.db] [--app bin/.../CeasefireTracker.dll | --ready-to-run out-folder]</c>.
/// <c>--ready-to-run</c> first publishes the app ReadyToRun (precompiled) into that folder and times the published app.
/// </summary>
public static partial class StartupRun
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        string app;
        if (options.TryGetValue("ready-to-run", out var publishFolder))
        {
            app = Path.Combine(Path.GetFullPath(publishFolder), "CeasefireTracker.dll");
            if (!await PublishReadyToRunAsync(options.GetValueOrDefault("project", "src/CeasefireTracker"), Path.GetFullPath(publishFolder)))
                return 2;
        }
        else
        {
            app = Path.GetFullPath(options.GetValueOrDefault("app", "src/CeasefireTracker/bin/Release/net10.0/CeasefireTracker.dll"));
        }

        if (!File.Exists(app))
        {
            Console.Error.WriteLine($"{app} does not exist: build the app in Release first.");
            return 2;
        }

        Console.WriteLine($"Timing {app}");
        var runs = options.Int("runs", 5);
        var cold = new List<Start>();
        var warm = new List<Start>();
        var large = new List<Start>();
        var largeDatabase = options.TryGetValue("large-database", out var big) ? Path.GetFullPath(big) : null;
        // Not timed: brings the large file to the current schema and stamps its seed import, so every timed start is warm.
        if (largeDatabase is not null) await TimeStartAsync(app, largeDatabase);
        var folder = Directory.CreateTempSubdirectory("ceasefire-startup-");
        try
        {
            for (var i = 0; i < runs; i++)
            {
                var database = Path.Combine(folder.FullName, $"run-{i}.db");
                cold.Add(await TimeStartAsync(app, database));
                warm.Add(await TimeStartAsync(app, database));
                if (largeDatabase is not null) large.Add(await TimeStartAsync(app, largeDatabase));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Report("Cold start, new database file (migrate + seed)", cold);
        Report("Warm start, existing database file", warm);
        if (large.Count > 0) Report("Warm start, generated 1M-report database", large);
        return 0;
    }

    private static void Report(string what, List<Start> starts)
    {
        Console.WriteLine($"{what}:");
        Console.WriteLine($"  to first 200 from /health:     {Measurements.Describe(starts.Select(s => s.TotalMs), "ms")}");
        // CPU time the app had used by then (all its threads): what a start costs whatever else runs on the machine.
        Console.WriteLine($"  CPU time by then:              {Measurements.Describe(starts.Select(s => s.CpuMs), "ms")}");
        // As the app logs them: its database step, and the time from process start until Kestrel serves.
        if (starts.All(s => s.DatabaseMs is not null))
            Console.WriteLine($"  database step (migrate, seed): {Measurements.Describe(starts.Select(s => s.DatabaseMs!.Value), "ms")}");
        if (starts.All(s => s.ServingMs is not null))
            Console.WriteLine($"  until serving:                 {Measurements.Describe(starts.Select(s => s.ServingMs!.Value), "ms")}");
    }

    private sealed record Start(double TotalMs, double CpuMs, double? DatabaseMs, double? ServingMs);

    private static async Task<bool> PublishReadyToRunAsync(string project, string output)
    {
        string[] arguments =
        [
            "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false",
            "-p:PublishReadyToRun=true", "-o", output,
        ];
        Console.WriteLine($"dotnet {string.Join(' ', arguments)}");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", arguments))!;
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0) Console.Error.WriteLine($"dotnet publish failed with exit code {publish.ExitCode}.");
        return publish.ExitCode == 0;
    }

    /// <summary>Milliseconds from starting the process to the first 200 from /health; the process is then stopped.</summary>
    private static async Task<Start> TimeStartAsync(string app, string database)
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
        var output = new List<string>();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
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
                    if (response.IsSuccessStatusCode)
                    {
                        var total = clock.Elapsed.TotalMilliseconds;
                        var cpu = process.TotalProcessorTime.TotalMilliseconds;
                        // The app's log lines come through a pipe and may trail the response a little.
                        for (var wait = 0; wait < 100 && LoggedTimes(output) is (null, _) or (_, null); wait++)
                            await Task.Delay(20);
                        var (databaseMs, servingMs) = LoggedTimes(output);
                        return new Start(total, cpu, databaseMs, servingMs);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet, or too busy to answer within the client's timeout: ask again, the clock runs on.
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

    private static (double? DatabaseMs, double? ServingMs) LoggedTimes(List<string> output)
    {
        lock (output) return (Logged(output, DatabaseReady()), Logged(output, Serving()));
    }

    private static double? Logged(List<string> output, Regex pattern) =>
        output.Select(line => pattern.Match(line)).FirstOrDefault(m => m.Success) is { } match
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"Database ready in (\d+) ms")]
    private static partial Regex DatabaseReady();

    [GeneratedRegex(@"Serving (\d+) ms after the process started")]
    private static partial Regex Serving();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
