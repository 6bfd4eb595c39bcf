using CeasefireTracker.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// The app in this process on the generated store (CEASEFIRE_BENCH_REPORTS picks its size), in production settings and
/// without the seed article, as the reader benchmarks (<c>first-reader</c>, <c>filters</c>) run it.
/// </summary>
internal sealed class ReaderApp : WebApplicationFactory<Program>
{
    private ReaderApp(string database) => Database = database;

    public string Database { get; }

    public IDbContextFactory<TrackerDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>();

    public static ReaderApp OnGeneratedStore()
    {
        CircuitMemoryRun.UseContentRoot();
        return new ReaderApp(BenchmarkDatabase.EnsureGenerated());
    }

    /// <summary>
    /// An analyst changes the newest casualty report's notes through the editor, the one audited save every edit goes
    /// through: the store's generation moves, so nothing read before can be served from a cache. The editor's messages
    /// when it refuses, else null.
    /// </summary>
    public async Task<string?> EditAsync(string note, string reason)
    {
        CasualtyReport report;
        await using (var db = await Contexts.CreateDbContextAsync())
            report = await db.CasualtyReports.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync();
        report.Notes = note;
        var saved = await TestUsers.Editor(Contexts).UpdateAsync(report, reason);
        return saved.Succeeded ? null : string.Join(" ", saved.AllMessages);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Path", Database);
        builder.UseSetting("Database:SeedOnStartup", "false");
    }
}
