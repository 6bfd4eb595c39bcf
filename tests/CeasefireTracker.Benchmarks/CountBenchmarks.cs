using BenchmarkDotNet.Attributes;
using System.Data.Common;

namespace CeasefireTracker.Benchmarks;

/// <summary>The totals behind the grid at 1M reports: all live reports, and those of the widest side filter.</summary>
[Config(typeof(BenchmarkConfig))]
public class CountBenchmarks
{
    private DbConnection _connection = null!;
    private int _sideId;

    [GlobalSetup]
    public void Setup()
    {
        _connection = BenchmarkDatabase.Open();
        _sideId = BenchmarkDatabase.Scalar<int>(_connection,
            """SELECT "AffectedSideId" FROM "CasualtyReports" GROUP BY "AffectedSideId" ORDER BY COUNT(*) DESC LIMIT 1""");
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    [Benchmark(Baseline = true, Description = "Raw SQL count, all")]
    public long RawCountAll() => BenchmarkDatabase.Scalar<long>(_connection, """SELECT COUNT(*) FROM "CasualtyReports" WHERE "IsDeleted" = FALSE""");

    [Benchmark(Description = "EF count, all")]
    public async Task<int> EfCountAll()
    {
        await using var db = BenchmarkDatabase.CreateContext(_connection);
        return await db.CasualtyReports.CountAsync();
    }

    [Benchmark(Description = "Raw SQL count, one side")]
    public long RawCountSide() => BenchmarkDatabase.Scalar<long>(_connection,
        """SELECT COUNT(*) FROM "CasualtyReports" WHERE "AffectedSideId" = @side AND "IsDeleted" = FALSE""", ("@side", _sideId));

    [Benchmark(Description = "EF count, one side")]
    public async Task<int> EfCountSide()
    {
        await using var db = BenchmarkDatabase.CreateContext(_connection);
        return await db.CasualtyReports.CountAsync(r => r.AffectedSideId == _sideId);
    }
}
