using System.Data.Common;
using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Timeline;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// <c>plans</c> on PostgreSQL: runs the app's own grid and timeline reads (first, middle and last page of the widest side;
/// the timeline's first screen and "load earlier" from the middle) and prints every command they send, its parameters
/// and PostgreSQL's <c>EXPLAIN (ANALYZE, BUFFERS)</c> of it, run just before on the same connection.
/// </summary>
public static class PostgreSqlPlans
{
    public static async Task<int> RunAsync()
    {
        await using var connection = (NpgsqlConnection)BenchmarkDatabase.Open();
        var explain = new ExplainInterceptor();
        var options = new DbContextOptionsBuilder<TrackerDbContext>().UseNpgsql(connection).AddInterceptors(explain).Options;
        var factory = new ContextFactory(() => new TrackerDbContext(options));

        var side = BenchmarkDatabase.Scalar<int>(connection,
            """SELECT "AffectedSideId" FROM "CasualtyReports" GROUP BY "AffectedSideId" ORDER BY COUNT(*) DESC LIMIT 1""");
        var query = new CasualtyReportQuery(factory);
        var total = await query.CountAsync(new CasualtyFilter { SideId = side });
        var pages = (total + CasualtyFilter.DefaultPageSize - 1) / CasualtyFilter.DefaultPageSize;
        foreach (var (name, page) in new[] { ("first", 1), ("middle", pages / 2 + 1), ("last", pages) })
        {
            // Twice: the first call also reads the page keys up to the page; the second is what a reader after it runs.
            explain.Title = $"grid, side {side}, {name} page ({page} of {pages}), page keys not yet read";
            await query.GetPageAsync(new CasualtyFilter { SideId = side, Page = page });
            explain.Title = $"grid, side {side}, {name} page ({page} of {pages}), total and page keys kept";
            await query.GetPageAsync(new CasualtyFilter { SideId = side, Page = page });
        }

        var timeline = new TimelineQuery(factory);
        explain.Title = "timeline, first screen";
        var first = await timeline.ReadAsync(new TimelineFilter());
        var middle = BenchmarkDatabase.Command(connection, """
            SELECT "OccurredAtUtc", "Id" FROM "TimelineEvents" WHERE "IsDeleted" = FALSE
            ORDER BY "OccurredAtUtc" DESC, "Id" DESC LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM "TimelineEvents")
            """);
        TimelineCursor cursor;
        await using (var reader = await middle.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            cursor = new TimelineCursor(DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc), TimelineRecordType.Event, reader.GetInt32(1));
        }

        explain.Title = "timeline, \"load earlier\" from the middle";
        await timeline.ReadAsync(new TimelineFilter(), before: cursor);
        Console.WriteLine($"-- {first.Entries.Count} entries on the first screen");
        return 0;
    }

    /// <summary>Before each query EF sends, runs EXPLAIN ANALYZE of it with the same parameters and prints both.</summary>
    private sealed class ExplainInterceptor : DbCommandInterceptor
    {
        private string? _printed;

        public string Title { get; set; } = "";

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (_printed != Title) Console.WriteLine($"\n==== {_printed = Title}");
            Console.WriteLine($"-- {command.CommandText.Replace("\n", "\n-- ", StringComparison.Ordinal)}");
            foreach (NpgsqlParameter parameter in command.Parameters)
                Console.WriteLine($"--   {parameter.ParameterName} = {Format(parameter.Value)}");
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + command.CommandText, (NpgsqlConnection)command.Connection!);
            foreach (NpgsqlParameter parameter in command.Parameters) explain.Parameters.Add(parameter.Clone());
            await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) Console.WriteLine($"   {reader.GetString(0)}");
            return result;
        }

        private static string Format(object? value) => value is System.Collections.IEnumerable items and not string
            ? $"[{string.Join(", ", items.Cast<object>())}]"
            : $"{value}";
    }
}
