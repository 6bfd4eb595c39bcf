using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// Memory per interactive circuit: hosts the app in this process on a loopback port with the generated database,
/// opens one page to warm up, measures the managed heap after a full collection, opens N more pages in their own
/// browser contexts (N circuits) and waits until each is interactive, measures again and divides.
/// <c>circuits --path /casualties --count 20</c>. The figure includes Playwright's own per-page objects, so it errs high.
/// </summary>
public static class CircuitMemoryRun
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var path = options.GetValueOrDefault("path", "/casualties");
        var count = options.Int("count", 20);
        // --gcdump DIR: also writes idle.gcdump and circuits.gcdump of this process (dotnet-gcdump on the PATH), for
        // `dotnet-gcdump report` by type: what the circuits keep, not just how much.
        var dumps = options.GetValueOrDefault("gcdump");
        // --hold-seconds N: keeps the circuits open that long after measuring, for a debugger or ClrMD to attach.
        var hold = options.Int("hold-seconds", 0);
        // --settle-seconds N: the wait before each measurement (see HeapAsync); 62 s lets the array pools trim.
        var settle = TimeSpan.FromSeconds(options.Int("settle-seconds", 62));
        // --timeout-seconds N: how long a page may take to become interactive (the overview at 1M takes seconds).
        var timeout = options.Int("timeout-seconds", 120) * 1000f;
        if (!File.Exists(Chromium))
        {
            Console.Error.WriteLine($"{Chromium} is missing: apt-get install -y chromium.");
            return 2;
        }

        UseContentRoot();

        await using var factory = new KestrelApp(BenchmarkDatabase.EnsureGenerated());
        factory.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            // Each browser context opens up to six HTTP connections for the page's files and keeps them alive (130 s
            // by default); a browser shares those between its tabs, so they are not a circuit's cost. They are
            // closed before each measurement; the circuit's WebSocket is not subject to this timeout.
            o.Limits.KeepAliveTimeout = IdleConnectionLifetime;
        });
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true, Args = ChromiumArguments,
        });

        // One circuit first: JIT, caches and pools that every later circuit shares are not per-circuit cost.
        var warm = await OpenInteractiveAsync(browser, baseUrl, path, timeout);
        var pages = new List<IPage> { warm };

        // Control: as many browser contexts on a plain endpoint (no circuit) measure what Playwright itself keeps here.
        var start = await HeapAsync(settle);
        for (var i = 0; i < count; i++)
            pages.Add(await OpenAsync(browser, baseUrl, "/health", timeout));
        var control = await HeapAsync(settle);
        if (dumps is not null) await GcDumpAsync(dumps, "idle");
        for (var i = 0; i < count; i++)
            pages.Add(await OpenInteractiveAsync(browser, baseUrl, path, timeout));
        var end = await HeapAsync(settle);
        if (dumps is not null) await GcDumpAsync(dumps, "circuits");

        var withoutCircuit = (control - start) / 1024.0 / count;
        var circuit = (end - control) / 1024.0 / count;
        Console.WriteLine($"{count} circuits on {path}: managed heap {control / 1024.0:F0} KiB -> {end / 1024.0:F0} KiB, " +
                          $"{circuit:F1} KiB per page with a circuit; {withoutCircuit:F1} KiB per page without one (Playwright's share); " +
                          $"per circuit {circuit - withoutCircuit:F1} KiB");
        if (hold > 0)
        {
            Console.WriteLine($"Holding {count} circuits open for {hold} s in process {Environment.ProcessId}, app at {baseUrl}.");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }

        foreach (var page in pages) await page.Context.CloseAsync();
        return 0;
    }

    internal const string Chromium = "/usr/bin/chromium";

    internal static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>
    /// Outside a test project WebApplicationFactory does not find the app's content root by itself: the repository
    /// above the build output, or above the current folder for a copy of the output run elsewhere.
    /// </summary>
    internal static void UseContentRoot()
    {
        var repo = RepositoryFolder.Above(AppContext.BaseDirectory) ?? RepositoryFolder.Above(Environment.CurrentDirectory) ?? ".";
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CEASEFIRETRACKER", Path.Combine(repo, "src", "CeasefireTracker"));
    }

    private static readonly TimeSpan IdleConnectionLifetime = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The managed heap once pools have let go of what no circuit holds: ArrayPool.Shared keeps a rented array per
    /// thread and per core (256 KB ones from rendering the page's first batch) until two full collections 30-60 s
    /// apart find it unused; without the wait those pooled buffers were counted as circuit memory.
    /// </summary>
    internal static async Task<long> HeapAsync(TimeSpan settle)
    {
        Collect();
        // Also lets Kestrel (which checks its timeouts about once a second) close the idle connections.
        await Task.Delay(settle > IdleConnectionLifetime ? settle : IdleConnectionLifetime + TimeSpan.FromSeconds(2));
        return Collect();
    }

    private static long Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task GcDumpAsync(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(Path.GetFullPath(directory), name + ".gcdump");
        using var tool = System.Diagnostics.Process.Start("dotnet-gcdump", ["collect", "-p", Environment.ProcessId.ToString(), "-o", file])
                         ?? throw new InvalidOperationException("dotnet-gcdump did not start.");
        await tool.WaitForExitAsync();
        Console.WriteLine($"{file}: dotnet-gcdump exited with {tool.ExitCode}");
    }

    private static async Task<IPage> OpenAsync(IBrowser browser, string baseUrl, string path, float timeout)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
        context.SetDefaultTimeout(timeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    private static async Task<IPage> OpenInteractiveAsync(IBrowser browser, string baseUrl, string path, float timeout)
    {
        var page = await OpenAsync(browser, baseUrl, path, timeout);
        await page.Locator("[data-testid='interactive']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    internal sealed class KestrelApp(string database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Path", database);
        }
    }
}
