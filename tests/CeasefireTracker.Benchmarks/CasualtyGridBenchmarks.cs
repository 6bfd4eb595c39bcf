using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using CeasefireTracker.Domain;
using CeasefireTracker.Features.Casualties;
using System.Data.Common;

namespace CeasefireTracker.Benchmarks;

public enum PagePosition
{
    First,
    Middle,
    Last,
}

/// <summary>One row of the casualty grid as the page shows it.</summary>
public sealed record GridRow(
    int Id, DateOnly? PeriodStart, DateOnly PeriodEnd, string Side, string Reporter, CasualtyCategory Category, CasualtyKind Kind,
    int? BestEstimate, int? Low, int? High, FigureQualifier Qualifier, FigureBasis Basis, int SourceId, int QuoteStart, string Quote);

/// <summary>
/// A page of 25 casualty reports (the grid's default size) of one side at 1M reports, newest period first: EF with keyset paging (what the grid
/// does), EF with OFFSET (what it must not do), and the same keyset page read with raw SQL on the same connection. Both keyset
/// conditions are written as the app's <see cref="Keyset"/> writes them for the store (a row value on PostgreSQL).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class CasualtyGridBenchmarks
{
    public const int PageSize = CasualtyFilter.DefaultPageSize;

    private DbConnection _connection = null!;
    private CasualtyReportQuery _query = null!;
    private int _sideId;
    private int _pageIndex;
    private DateOnly? _afterPeriodEnd;
    private int _afterId;

    [Params(PagePosition.First, PagePosition.Middle, PagePosition.Last)]
    public PagePosition Page { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _connection = BenchmarkDatabase.Open();
        _query = new CasualtyReportQuery(BenchmarkDatabase.Factory(_connection));
        // The side with the most reports: the widest filter the grid offers by side.
        _sideId = BenchmarkDatabase.Scalar<int>(_connection,
            """SELECT "AffectedSideId" FROM "CasualtyReports" GROUP BY "AffectedSideId" ORDER BY COUNT(*) DESC LIMIT 1""");
        var rows = BenchmarkDatabase.Scalar<int>(_connection,
            """SELECT COUNT(*) FROM "CasualtyReports" WHERE "AffectedSideId" = @side AND "IsDeleted" = FALSE""", ("@side", _sideId));
        var pages = (rows + PageSize - 1) / PageSize;
        _pageIndex = Page switch { PagePosition.First => 0, PagePosition.Middle => pages / 2, _ => pages - 1 };
        if (_pageIndex > 0)
        {
            // The cursor the grid holds after showing the previous page: its last row's sort key.
            using var command = BenchmarkDatabase.Command(_connection, """
                SELECT "PeriodEnd", "Id" FROM "CasualtyReports" WHERE "AffectedSideId" = @side AND "IsDeleted" = FALSE
                ORDER BY "PeriodEnd" DESC, "Id" DESC LIMIT 1 OFFSET @offset
                """, ("@side", _sideId), ("@offset", _pageIndex * PageSize - 1));
            using var reader = command.ExecuteReader();
            reader.Read();
            (_afterPeriodEnd, _afterId) = (reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1));
        }

        Console.WriteLine($"// Side {_sideId}: {rows:N0} reports, {pages:N0} pages; reading page {_pageIndex + 1}");
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    [Benchmark(Baseline = true, Description = "Raw SQL keyset page")]
    public List<GridRow> RawSqlKeyset()
    {
        using var command = BenchmarkDatabase.Command(_connection, $"""
            SELECT r."Id", r."PeriodStart", r."PeriodEnd", s."Name", p."Name", r."Category", r."Kind", r."BestEstimate", r."Low", r."High",
                   r."Qualifier", r."Basis", r."SourceId", r."QuoteStart", r."Quote"
            FROM "CasualtyReports" r
            JOIN "Sides" s ON s."Id" = r."AffectedSideId"
            JOIN "Parties" p ON p."Id" = r."ReportingPartyId"
            WHERE r."AffectedSideId" = @side AND r."IsDeleted" = FALSE
              {(_afterPeriodEnd is null ? "" : "AND " + BenchmarkDatabase.KeysetBefore("r.\"PeriodEnd\"", "r.\"Id\"", "@end", "@id"))}
            ORDER BY r."PeriodEnd" DESC, r."Id" DESC
            LIMIT {PageSize}
            """, [("@side", _sideId), .. _afterPeriodEnd is { } end ? new[] { ("@end", (object)end), ("@id", _afterId) } : []]);

        var rows = new List<GridRow>(PageSize);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(new GridRow(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1),
                reader.GetFieldValue<DateOnly>(2), reader.GetString(3), reader.GetString(4), Enum.Parse<CasualtyCategory>(reader.GetString(5)),
                Enum.Parse<CasualtyKind>(reader.GetString(6)), reader.IsDBNull(7) ? null : reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8), reader.IsDBNull(9) ? null : reader.GetInt32(9),
                Enum.Parse<FigureQualifier>(reader.GetString(10)), Enum.Parse<FigureBasis>(reader.GetString(11)), reader.GetInt32(12),
                reader.GetInt32(13), reader.GetString(14)));
        return rows;
    }

    [Benchmark(Description = "EF keyset page")]
    public async Task<List<GridRow>> EfKeyset()
    {
        await using var db = BenchmarkDatabase.CreateContext(_connection);
        var query = db.CasualtyReports.AsNoTracking().Where(r => r.AffectedSideId == _sideId);
        if (_afterPeriodEnd is { } end)
            query = Keyset.Where(db, query, r => r.PeriodEnd, ExpressionType.LessThan, end, _afterId);
        return await Project(query.OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id).Take(PageSize)).ToListAsync();
    }

    [Benchmark(Description = "EF OFFSET page")]
    public async Task<List<GridRow>> EfOffset()
    {
        await using var db = BenchmarkDatabase.CreateContext(_connection);
        return await Project(db.CasualtyReports.AsNoTracking().Where(r => r.AffectedSideId == _sideId)
            .OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id).Skip(_pageIndex * PageSize).Take(PageSize)).ToListAsync();
    }

    /// <summary>
    /// The app's own grid query, page number in the address: the total and the page keys (every 1,000th row's key)
    /// are kept after the first call, as in the app while the store does not change.
    /// </summary>
    [Benchmark(Description = "App CasualtyReportQuery page")]
    public Task<CasualtyPage> AppQuery() =>
        _query.GetPageAsync(new CasualtyFilter { SideId = _sideId, Page = _pageIndex + 1, PageSize = PageSize });

    /// <summary>The same page with nothing kept: the first reader after a change (count, page keys up to the page, page).</summary>
    [Benchmark(Description = "App page, nothing cached")]
    public Task<CasualtyPage> AppQueryFirstAfterAChange() =>
        new CasualtyReportQuery(BenchmarkDatabase.Factory(_connection))
            .GetPageAsync(new CasualtyFilter { SideId = _sideId, Page = _pageIndex + 1, PageSize = PageSize });

    private static IQueryable<GridRow> Project(IQueryable<CasualtyReport> query) => query.Select(r => new GridRow(
        r.Id, r.PeriodStart, r.PeriodEnd, r.AffectedSide!.Name, r.ReportingParty!.Name, r.Category, r.Kind, r.BestEstimate, r.Low, r.High,
        r.Qualifier, r.Basis, r.SourceId, r.QuoteStart, r.Quote));
}
