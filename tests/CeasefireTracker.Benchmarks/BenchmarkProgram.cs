using BenchmarkDotNet.Running;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// <c>load</c> (with <c>request-times</c>, the server's times from its log), <c>startup</c>, <c>circuits</c>, <c>first-reader</c> and <c>dialog</c> (the casualty edit dialog) time the running app, <c>search</c> the reader's search, <c>filters</c> the grid under every filter combination, <c>import</c> and <c>export</c> a data set's way in and out (see load/run-load.sh); <c>generate-db</c> makes
/// the 1M-report database; <c>plans</c> prints SQL and query plans; anything else goes to BenchmarkDotNet.
/// </summary>
public static class BenchmarkProgram
{
    // The timed runs by command; each gets its options (--name value pairs) read once, here.
    private static readonly Dictionary<string, Func<Dictionary<string, string>, Task<int>>> Runs = new(StringComparer.Ordinal)
    {
        ["load"] = LoadRun.RunAsync,
        ["request-times"] = options => Task.FromResult(RequestLogTimes.Run(options)),
        ["startup"] = StartupRun.RunAsync,
        ["circuits"] = CircuitMemoryRun.RunAsync,
        ["dialog"] = DialogRun.RunAsync,
        ["import"] = ImportRun.RunAsync,
        ["export"] = ExportRun.RunAsync,
        ["first-reader"] = FirstReaderRun.RunAsync,
        ["search"] = SearchRun.RunAsync,
        ["filters"] = FilterRun.RunAsync,
    };

    // Not named Program: the app's own Program (for WebApplicationFactory) is visible here.
    public static async Task<int> Main(string[] args) => args switch
    {
        [var command, .. var rest] when Runs.TryGetValue(command, out var run) => await run(Measurements.Options(rest)),
        ["generate-db"] => Generated(),
        ["plans"] => BenchmarkDatabase.IsPostgreSql ? await PostgreSqlPlans.RunAsync() : QueryPlans.Run(),
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
