using System.Linq.Expressions;
using CeasefireTracker.Data.Summaries;
using CeasefireTracker.Features.Casualties;
using Microsoft.Data.Sqlite;

namespace CeasefireTracker.Benchmarks;

/// <summary><c>plans</c>: prints the SQL EF generates for the measured queries and SQLite's plan for each, to check index use.</summary>
public static class QueryPlans
{
    public static int Run()
    {
        using var connection = BenchmarkDatabase.OpenSqlite();
        using var db = BenchmarkDatabase.CreateContext(connection);
        foreach (var (name, query) in Queries(db))
        {
            var sql = query.ToQueryString();
            Console.WriteLine($"-- {name}\n{sql}");
            foreach (var step in SqlitePlan.Of(connection, query)) Console.WriteLine($"--   plan: {step}");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var rows = query.ToList().Count;
            Console.WriteLine($"--   read: {rows:N0} rows in {clock.Elapsed.TotalMilliseconds:F1} ms (once, page cache warm or not)");
            Console.WriteLine();
        }

        // The statements a save runs to keep the summary tables right: each must seek the summary group's index.
        foreach (var (name, summary) in SummaryStatements())
        {
            Console.WriteLine($"-- {name}\n{summary.Sql}");
            using var command = connection.CreateCommand();
            var sql = summary.Sql;
            for (var i = 0; i < summary.Args.Length; i++)
            {
                sql = sql.Replace($"{{{i}}}", $"@p{i}", StringComparison.Ordinal);
                command.Parameters.AddWithValue($"@p{i}", summary.Args[i] is DateOnly day ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : summary.Args[i]);
            }

            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            using var reader = command.ExecuteReader();
            while (reader.Read()) Console.WriteLine($"--   plan: {reader.GetString(3)}");
            Console.WriteLine();
        }

        return 0;
    }

    private static IEnumerable<(string, SummaryCommand)> SummaryStatements()
    {
        var group = new ClaimGroup(1, 1, 1, Domain.CasualtyCategory.Civilian, Domain.CasualtyKind.Killed);
        foreach (var command in SummarySql.RecomputeClaims(group)) yield return ("summary: a claim group computed again", command);
        var toll = new TollGroup(1, 1, 1, Domain.CasualtyCategory.Civilian);
        foreach (var command in SummarySql.RecomputeToll(toll, new DateOnly(2024, 1, 1), postgreSql: false).Take(4))
            yield return ("summary: a toll point (day, month) computed again", command);
    }

    private static IEnumerable<(string, IQueryable<object>)> Queries(TrackerDbContext db)
    {
        var side = 1;
        var end = new DateOnly(2024, 1, 1);
        // Keyset conditions as the app writes them (Keyset: the OR form on SQLite, a row value on PostgreSQL).
        var bySide = db.CasualtyReports.AsNoTracking().Where(r => r.AffectedSideId == side);
        yield return ("grid page, one side, keyset", Keyset.Where(db, bySide, r => r.PeriodEnd, ExpressionType.LessThan, end, 5)
            .OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id).Take(50).Select(r => (object)r.Id));
        var fromKey = Keyset.Where(db, bySide, r => r.PeriodEnd, ExpressionType.LessThanOrEqual, end, 5)
            .OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id);
        yield return ("grid page from a page key (ids only), one side", fromKey.Skip(975).Take(25).Select(r => (object)r.Id));
        var pageIds = fromKey.Skip(975).Take(25).Select(r => r.Id);
        yield return ("grid page from a page key, ids joined to their rows in one statement", db.CasualtyReports.AsNoTracking()
            .Where(r => pageIds.Contains(r.Id)).OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id)
            .Select(r => (object)new { r.Id, r.Quote, Side = r.AffectedSide!.Name, Reporter = r.ReportingParty!.Name }));
        yield return ("next page key (1,000 rows on), one side", fromKey.Skip(1000).Take(1).Select(r => (object)r.Id));
        var military = Domain.CasualtyCategory.Military;
        yield return ("grid ordered by category: one segment's page", db.CasualtyReports.AsNoTracking()
            .Where(r => r.Category == military).OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id).Skip(500).Take(25)
            .Select(r => (object)r.Id));
        yield return ("grid ordered by side: segment sizes", db.CasualtyReports.GroupBy(r => r.AffectedSideId)
            .Select(g => (object)g.Count()));
        yield return ("count, one side", db.CasualtyReports.Where(r => r.AffectedSideId == side).Select(r => (object)r.Id));
        var exact = Domain.FigureQualifier.Exact;
        yield return ("grid page, side + qualifier", db.CasualtyReports.AsNoTracking()
            .Where(r => r.AffectedSideId == side && r.Qualifier == exact)
            .OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id).Take(25).Select(r => (object)r.Id));
        yield return ("count, side + qualifier", db.CasualtyReports.Where(r => r.AffectedSideId == side && r.Qualifier == exact)
            .Select(r => (object)r.Id));
        foreach (var filter in new[] { new CasualtyFilter { Qualifier = exact }, new CasualtyFilter { To = new DateOnly(2030, 1, 1) } })
            yield return ($"latest claims for {filter}, the summary's groups sought in the records",
                SummaryReads.Sought(db, db.LatestClaimSummaries, filter).Select(c => (object)c.ReportId));
        var conflict = 1;
        yield return ("latest claims of one conflict, from the summary", db.LatestClaimSummaries.AsNoTracking()
            .Where(c => c.ConflictId == conflict).Select(c => (object)c.ReportId));
        var month = Domain.TollInterval.Month;
        yield return ("toll by month of one conflict, from the summary",
            from t in db.KilledTollSummaries.AsNoTracking().Where(t => t.Interval == month && t.ConflictId == conflict)
            join s in db.Sides on t.AffectedSideId equals s.Id
            join p in db.Parties on t.ReportingPartyId equals p.Id
            where s.Kind == Domain.SideKind.Single
            group t by new { Side = s.Name, Reporter = p.Name, t.Category, t.Bucket } into g
            select (object)g.Max(t => t.Figure));
        yield return ("record counts, from the summary", db.RecordCountSummaries.AsNoTracking().Select(c => (object)c.Count));
        yield return ("timeline latest", db.TimelineEvents.AsNoTracking().OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id)
            .Take(50).Select(e => (object)e.Id));
    }
}
