using System.Diagnostics;
using CeasefireTracker.Data;
using CeasefireTracker.Data.Summaries;

namespace CeasefireTracker.Features.Summaries;

/// <summary>
/// <c>rebuild-summaries</c>: computes the summary tables (latest claims, toll series, record counts) again from the
/// records of the configured store, in one transaction. Saves keep them right on their own; this is for a store
/// written around the app (raw SQL, a restored old backup) or a check after a suspected fault.
/// </summary>
public static class RebuildSummariesCommand
{
    public const string Name = "rebuild-summaries";

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(ct);
        await SummaryMaintenance.RebuildAsync(db, ct);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RebuildSummariesCommand))
            .LogInformation("Rebuilt the summary tables from the records in {Elapsed} ms", clock.ElapsedMilliseconds);
        await output.WriteLineAsync($"Summaries rebuilt from the records in {clock.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
