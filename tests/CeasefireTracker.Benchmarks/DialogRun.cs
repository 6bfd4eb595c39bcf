using System.Net;
using System.Text.RegularExpressions;
using CeasefireTracker.Domain;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Editing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// The casualty edit dialog on the seed and on the generated database: an analyst opens it from the manage list; the
/// time from the click until the source picker shows the report's source (the last thing the dialog reads), and the
/// managed heap the open dialog holds (heap with it open minus closed, each after a full collection). Its pickers
/// search on the server, so neither should grow with the data. <c>dialog --opens 10 --settle-seconds 30</c>.
/// </summary>
public static class DialogRun
{
    private const string Analyst = "bench.dialog@example.org";
    private const string Password = "Bench-dialog-2026!";

    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var opens = options.Int("opens", 10);
        var settle = TimeSpan.FromSeconds(options.Int("settle-seconds", 30));
        var timeout = options.Int("timeout-seconds", 120) * 1000f;
        if (!File.Exists(CircuitMemoryRun.Chromium))
        {
            Console.Error.WriteLine($"{CircuitMemoryRun.Chromium} is missing: apt-get install -y chromium.");
            return 2;
        }

        CircuitMemoryRun.UseContentRoot();
        var seed = Path.Combine(Path.GetTempPath(), $"ceasefire-dialog-seed-{Guid.NewGuid():N}.db");
        try
        {
            var atSeed = await MeasureAsync("seed", seed, opens, settle, timeout);
            var atScale = await MeasureAsync($"{BenchmarkDatabase.Reports:N0} reports", BenchmarkDatabase.EnsureGenerated(), opens, settle, timeout);
            Console.WriteLine($"The open dialog holds {(atScale - atSeed) / 1024.0:F0} KiB more at {BenchmarkDatabase.Reports:N0} reports than at the seed.");
            return 0;
        }
        finally
        {
            foreach (var file in new[] { seed, seed + "-wal", seed + "-shm" }) File.Delete(file);
        }
    }

    /// <summary>Prints the open times and returns the bytes the open dialog holds.</summary>
    private static async Task<long> MeasureAsync(string store, string database, int opens, TimeSpan settle, float timeout)
    {
        await using var factory = new CircuitMemoryRun.KestrelApp(database);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        await CreateAnalystAsync(factory.Services);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = CircuitMemoryRun.Chromium, Headless = true, Args = CircuitMemoryRun.ChromiumArguments,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
        context.SetDefaultTimeout(timeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync("account/login");
        await page.GetByLabel("Email").FillAsync(Analyst);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.GotoAsync("manage/casualty-reports");
        await page.Locator("[data-testid='interactive']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        var edit = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Edit casualty report #\\d+$") }).First;
        var dialog = page.GetByRole(AriaRole.Dialog);
        var source = dialog.GetByLabel("Source", new() { Exact = true });

        async Task<double> OpenAsync()
        {
            var clock = Stopwatch.StartNew();
            await edit.ClickAsync();
            await Assertions.Expect(source).ToHaveValueAsync(new Regex(".+"), new() { Timeout = timeout });
            return clock.Elapsed.TotalMilliseconds;
        }

        async Task CloseAsync()
        {
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
            await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }

        // The first open compiles the dialog's queries and components: shared by every later dialog, not its cost.
        await OpenAsync();
        await CloseAsync();
        var times = new List<double>();
        for (var i = 0; i < opens; i++)
        {
            times.Add(await OpenAsync());
            await CloseAsync();
        }

        var id = int.Parse((await edit.GetAttributeAsync("aria-label"))!.Split('#')[1], System.Globalization.CultureInfo.InvariantCulture);
        await ReadsAsync(factory.Services, id, opens);

        var closed = await CircuitMemoryRun.HeapAsync(settle);
        await OpenAsync();
        var open = await CircuitMemoryRun.HeapAsync(settle);
        await CloseAsync();
        Console.WriteLine($"{store}: the casualty dialog opens (click to source shown) in {Measurements.Describe(times, "ms")}; " +
                          $"managed heap {closed / 1024.0:F0} KiB closed, {open / 1024.0:F0} KiB open: the dialog holds {(open - closed) / 1024.0:F0} KiB");
        await context.CloseAsync();
        return open - closed;
    }

    /// <summary>
    /// The dialog's own reads, timed in the server without the browser (which a loaded machine slows most): the report
    /// and the names its pickers show, and a few searches an analyst types, including one that matches nothing.
    /// </summary>
    private static async Task ReadsAsync(IServiceProvider services, int reportId, int repeats)
    {
        await using var scope = services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<ReferenceSearch>();
        var queries = scope.ServiceProvider.GetRequiredService<EditingQueries>();
        var kind = RecordKind.Of(typeof(CasualtyReport));
        async Task Open()
        {
            var report = (CasualtyReport)(await queries.FindAsync(kind, reportId))!;
            await search.FindAsync(ReferenceList.Conflicts, report.ConflictId);
            await search.FindAsync(ReferenceList.Sides, report.AffectedSideId);
            await search.FindAsync(ReferenceList.Parties, report.ReportingPartyId);
            await search.FindAsync(ReferenceList.Sources, report.SourceId);
            if (report.IncludedInReportId is { } parent) await search.FindAsync(ReferenceList.CumulativeReports, parent);
        }

        await TimeAsync("the dialog's reads (report and the names it shows)", Open);
        foreach (var (list, text) in new[]
                 {
                     (ReferenceList.Sources, ""), (ReferenceList.Sources, "bulletin"), (ReferenceList.Sources, "no such title"),
                     (ReferenceList.CumulativeReports, ""), (ReferenceList.CumulativeReports, "12"), (ReferenceList.CumulativeReports, "armenia"),
                 })
            await TimeAsync($"search {list} for '{text}'", () => search.SearchAsync(list, text));

        async Task TimeAsync(string what, Func<Task> read)
        {
            await read();
            var times = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                var clock = Stopwatch.StartNew();
                await read();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"  {what}: {Measurements.Describe(times, "ms")}");
        }
    }

    private static async Task CreateAnalystAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Analyst)) await roles.CreateAsync(new IdentityRole(Roles.Analyst));
        var user = await users.FindByEmailAsync(Analyst);
        if (user is null)
        {
            user = new IdentityUser { UserName = Analyst, Email = Analyst, EmailConfirmed = true };
            Check(await users.CreateAsync(user, Password));
        }

        if (!await users.IsInRoleAsync(user, Roles.Analyst)) Check(await users.AddToRoleAsync(user, Roles.Analyst));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
