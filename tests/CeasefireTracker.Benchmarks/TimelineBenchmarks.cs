using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using CeasefireTracker.Domain;
using CeasefireTracker.Features.Timeline;
using System.Data.Common;

namespace CeasefireTracker.Benchmarks;

/// <summary>One event of the timeline as the page shows it.</summary>
public sealed record TimelineRow(
    int Id, string Conflict, EventKind Kind, string Title, DateTime OccurredAtLocal, DateTime OccurredAtUtc, TimePrecision Precision,
    string TimeZoneId, TimeZoneBasis TimeZoneBasis, int SourceId, int QuoteStart, string Quote);

/// <summary>
/// The timeline at 100k events: the first screen (the latest 50 events, across conflicts) and a page further back
/// (keyset cursor), EF against raw SQL on the same connection.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class TimelineBenchmarks
{
    public const int PageSize = 50;

    private DbConnection _connection = null!;
    private DateTime? _beforeUtc;
    private int _beforeId;

    [Params(PagePosition.First, PagePosition.Middle)]
    public PagePosition Page { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _connection = BenchmarkDatabase.Open();
        if (Page == PagePosition.First) return;
        using var command = BenchmarkDatabase.Command(_connection, """
            SELECT "OccurredAtUtc", "Id" FROM "TimelineEvents" WHERE "IsDeleted" = FALSE
            ORDER BY "OccurredAtUtc" DESC, "Id" DESC LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM "TimelineEvents")
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        (_beforeUtc, _beforeId) = (reader.GetDateTime(0), reader.GetInt32(1));
    }

    private readonly TimelineQuery _timeline = new(BenchmarkDatabase.PooledFactory());

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    [Benchmark(Baseline = true, Description = "Raw SQL timeline page")]
    public List<TimelineRow> RawSql()
    {
        using var command = BenchmarkDatabase.Command(_connection, $"""
            SELECT e."Id", c."Name", e."Kind", e."Title", e."OccurredAtLocal", e."OccurredAtUtc", e."Precision", e."TimeZoneId", e."TimeZoneBasis",
                   e."SourceId", e."QuoteStart", e."Quote"
            FROM "TimelineEvents" e JOIN "Conflicts" c ON c."Id" = e."ConflictId"
            WHERE e."IsDeleted" = FALSE {(_beforeUtc is null ? "" : "AND " + BenchmarkDatabase.KeysetBefore("e.\"OccurredAtUtc\"", "e.\"Id\"", "@utc", "@id"))}
            ORDER BY e."OccurredAtUtc" DESC, e."Id" DESC
            LIMIT {PageSize}
            """, [.. _beforeUtc is { } utc ? new[] { ("@utc", (object)utc), ("@id", _beforeId) } : []]);

        var rows = new List<TimelineRow>(PageSize);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(new TimelineRow(reader.GetInt32(0), reader.GetString(1), Enum.Parse<EventKind>(reader.GetString(2)), reader.GetString(3),
                reader.GetDateTime(4), reader.GetDateTime(5), Enum.Parse<TimePrecision>(reader.GetString(6)), reader.GetString(7),
                Enum.Parse<TimeZoneBasis>(reader.GetString(8)), reader.GetInt32(9), reader.GetInt32(10), reader.GetString(11)));
        return rows;
    }

    [Benchmark(Description = "EF timeline page")]
    public async Task<List<TimelineRow>> Ef()
    {
        await using var db = BenchmarkDatabase.CreateContext(_connection);
        var query = db.TimelineEvents.AsNoTracking();
        if (_beforeUtc is { } utc)
            query = Keyset.Where(db, query, e => e.OccurredAtUtc, ExpressionType.LessThan, utc, _beforeId);
        return await query.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id).Take(PageSize)
            .Select(e => new TimelineRow(e.Id, e.Conflict!.Name, e.Kind, e.Title, e.OccurredAtLocal, e.OccurredAtUtc, e.Precision, e.TimeZoneId,
                e.TimeZoneBasis, e.SourceId, e.QuoteStart, e.Quote))
            .ToListAsync();
    }

    /// <summary>
    /// The timeline page's own read: events, ceasefire milestones and statements of every conflict merged newest first,
    /// each with its parties (what the page renders as its first screen, or the screen that "load earlier" brings).
    /// </summary>
    [Benchmark(Description = "App TimelineQuery screen")]
    public Task<TimelineResult> AppQuery() =>
        _timeline.ReadAsync(new TimelineFilter(), PageSize,
            _beforeUtc is { } utc ? new TimelineCursor(utc, TimelineRecordType.Event, _beforeId) : null);
}
