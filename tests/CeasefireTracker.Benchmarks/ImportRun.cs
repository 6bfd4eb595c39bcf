using System.Security.Claims;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Editing;
using CeasefireTracker.Features.Import;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// <c>import [--rows 100000]</c>: writes a GED CSV of that many generated rows, then times the dry run and the import
/// (plan + one audited RecordEditor operation) into a new migrated database, printing the wall time, the peak working
/// set and the managed heap after each step. Target: 100,000 rows in at most 60 s on 2 cores.
/// </summary>
public static class ImportRun
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var rows = options.Int("rows", 100_000);
        var folder = Path.Combine(Path.GetTempPath(), $"ceasefire-import-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var file = GedSampleWriter.WriteFile(Path.Combine(folder, "GEDEvent_v23_1.csv"), rows);
            Console.WriteLine($"{rows:N0} GED rows: {new FileInfo(file).Length / 1048576.0:N1} MB");
            var database = Path.Combine(folder, "tracker.db");
            var contextOptions = new DbContextOptionsBuilder<TrackerDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = database, Pooling = true }.ToString()).Options;
            await using (var db = new TrackerDbContext(contextOptions))
            {
                await db.Database.MigrateAsync();
                // As the app runs its store (DataExtensions): readers go on while an import writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            var services = new ServiceCollection();
            services.AddLogging();
            services.AddDbContextFactory<TrackerDbContext>(o => o.UseSqlite(new SqliteConnectionStringBuilder { DataSource = database, Pooling = true }.ToString()));
            // The app's contexts are built with the record-reading guard (UnreadableRecords), as in DataExtensions.
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<Data.Integrity.UnreadableRecords>();
            services.AddScoped<AuthenticationStateProvider, ServerAuthenticationStateProvider>();
            services.AddScoped<RecordEditor>();
            services.AddScoped<ImportPlanner>();
            services.AddSingleton<ImportRunner>();
            await using var provider = services.BuildServiceProvider();
            var request = new ImportRequest(file, Path.GetFileName(file), "23.1");

            var clock = Stopwatch.StartNew();
            await using (var scope = provider.CreateAsyncScope())
            {
                var plan = await scope.ServiceProvider.GetRequiredService<ImportPlanner>().PlanAsync(request);
                Report("dry run", clock, $"{plan.Report.ToCreate:N0} rows to create, {plan.WriteCount:N0} records, {plan.Report.RefusedCount} refused");
            }

            // While the import writes, a reader reads what the casualty page reads (a page, latest claims, counts) every
            // 100 ms on its own connection: issue 11 asks that the pages stay responsive during an import.
            using var importDone = new CancellationTokenSource();
            var readerTimes = new List<double>();
            var reader = Task.Run(async () =>
            {
                while (!importDone.IsCancellationRequested)
                {
                    var read = Stopwatch.StartNew();
                    await using (var db = new TrackerDbContext(contextOptions))
                    {
                        await db.CasualtyReports.AsNoTracking().OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id).Take(25).ToListAsync();
                        await db.LatestClaimSummaries.AsNoTracking().ToListAsync();
                        await db.RecordCountSummaries.AsNoTracking().ToListAsync();
                    }

                    readerTimes.Add(read.Elapsed.TotalMilliseconds);
                    await Task.Delay(100);
                }
            });

            clock.Restart();
            var analyst = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, "bench@example.org"), new Claim(ClaimTypes.Role, Roles.Analyst)], "bench"));
            var job = await provider.GetRequiredService<ImportRunner>().EnqueueDirectAsync(request, analyst);
            Report("import", clock, $"{job.Status}: {job.Message}");
            await importDone.CancelAsync();
            await reader;
            Console.WriteLine($"a reader's page reads during the import: {Measurements.Describe(readerTimes, "ms")}");
            return job.Status == Domain.ImportStatus.Succeeded ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Report(string step, Stopwatch clock, string what)
    {
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"{step}: {clock.Elapsed.TotalSeconds:N1} s, peak working set {process.PeakWorkingSet64 / 1048576:N0} MiB, "
                          + $"managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576:N0} MiB; {what}");
    }
}
