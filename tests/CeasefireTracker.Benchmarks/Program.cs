using BenchmarkDotNet.Running;
using CeasefireTracker.Benchmarks;

// `load` and `startup` time the running app over HTTP (see load/run-load.sh); anything else goes to BenchmarkDotNet.
return args switch
{
    ["load", .. var rest] => await LoadRun.RunAsync(rest),
    ["startup", .. var rest] => await StartupRun.RunAsync(rest),
    ["generate-db"] => Generated(),
    ["plans"] => QueryPlans.Run(),
    _ => Benchmarks(args),
};

static int Generated()
{
    Console.WriteLine(BenchmarkDatabase.EnsureGenerated());
    return 0;
}

static int Benchmarks(string[] args)
{
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkDatabase).Assembly).Run(args);
    return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
}
