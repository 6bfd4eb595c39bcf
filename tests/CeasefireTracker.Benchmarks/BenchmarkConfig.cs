using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace CeasefireTracker.Benchmarks;

/// <summary>Medians and the spread around them (min, P95, max) beside BenchmarkDotNet's mean, with allocations.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.P95, StatisticColumn.Max);
        AddColumn(BaselineRatioColumn.RatioMean);
    }
}
