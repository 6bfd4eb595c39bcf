using BenchmarkDotNet.Running;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// <c>load</c>, <c>startup</c>, <c>circuits</c>, <c>first-reader</c> and <c>dialog</c> (the casualty edit dialog) time the running app, <c>search</c> the reader's search, <c>import</c> and <c>export</c> a data set's way in and out (see load/run-load.sh); <c>generate-db</c> makes
/// the 1M-report database; <c>plans</c> prints SQL and query plans; anything else goes to BenchmarkDotNet.
/// </summary>
public static class BenchmarkProgram
{
    // Not named Program: the app's own Program (for WebApplicationFactory) is visible here.
    public static async Task<int> Main(string[] args) => args switch
    {
        ["load", .. var rest] => await LoadRun.RunAsync(rest),
        ["request-times", .. var rest] => RequestLogTimes.Run(rest),
        ["startup", .. var rest] => await StartupRun.RunAsync(rest),
        ["circuits", .. var rest] => await CircuitMemoryRun.RunAsync(rest),
        ["dialog", .. var rest] => await DialogRun.RunAsync(rest),
        ["generate-db"] => Generated(),
        ["plans"] => BenchmarkDatabase.IsPostgreSql ? await PostgreSqlPlans.RunAsync() : QueryPlans.Run(),
        ["import", .. var rest] => await ImportRun.RunAsync(rest),
        ["export", .. var rest] => await ExportRun.RunAsync(rest),
        ["first-reader", .. var rest] => await FirstReaderRun.RunAsync(rest),
        ["search", .. var rest] => await SearchRun.RunAsync(rest),
        _ => Benchmarks(args),
    };

    private static int Generated()
    {
        Console.WriteLine(BenchmarkDatabase.EnsureGenerated());
        return 0;
    }

    private static int Benchmarks(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
