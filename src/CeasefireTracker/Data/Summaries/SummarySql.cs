namespace CeasefireTracker.Data.Summaries;

/// <summary>One SQL statement and its arguments ({0}, {1}, ... in the text, as EF's ExecuteSqlRaw takes them).</summary>
public sealed record SummaryCommand(string Sql, object[] Args);

/// <summary>
/// The statements that compute the summary tables from the records, for one group or for all. The same text serves
/// the maintenance on save (a group's WHERE) and the rebuild (no WHERE), so the two cannot disagree. Identifiers are
/// quoted and enums are their names (as the model stores them), so the text runs on SQLite and PostgreSQL alike; only
/// the month and year of a date are written per provider.
/// </summary>
public static class SummarySql
{
    /// <summary>Every record type whose live count is kept, with its table.</summary>
    public static readonly (string Type, string Table)[] RecordTables =
    [
        (nameof(Conflict), "Conflicts"), (nameof(Side), "Sides"), (nameof(Party), "Parties"), (nameof(Official), "Officials"),
        (nameof(Source), "Sources"), (nameof(TimelineEvent), "TimelineEvents"), (nameof(Ceasefire), "Ceasefires"),
        (nameof(CeasefireTerm), "CeasefireTerms"), (nameof(CasualtyReport), "CasualtyReports"), (nameof(Statement), "Statements"),
        (nameof(DataSetRow), "DataSetRows"),
    ];

    // PostgreSQL runs READ COMMITTED: two saves recomputing one group at once could each miss the other's report. One
    // transaction-scoped lock makes summary writers take turns (SQLite has one writer anyway).
    private const string PostgreSqlLock = "SELECT pg_advisory_xact_lock(1408201)";

    private const string ClaimGroupColumns = "\"ConflictId\", \"AffectedSideId\", \"ReportingPartyId\", \"Category\", \"Kind\"";
    private const string ClaimGroupWhere = "\"ConflictId\" = {0} AND \"AffectedSideId\" = {1} AND \"ReportingPartyId\" = {2} AND \"Category\" = {3} AND \"Kind\" = {4}";
    private const string TollGroupWhere = "\"ConflictId\" = {0} AND \"AffectedSideId\" = {1} AND \"ReportingPartyId\" = {2} AND \"Category\" = {3}";
    private const string Everything = "1 = 1";

    public static IEnumerable<SummaryCommand> Lock(bool postgreSql) => postgreSql ? [new(PostgreSqlLock, [])] : [];

    /// <summary>Everything from the records: counts, latest claims, toll series, reports per day.</summary>
    public static IEnumerable<SummaryCommand> RebuildAll(bool postgreSql) =>
        RebuildCountsClaimsAndToll(postgreSql).Concat(RebuildDayCounts()).Concat(RebuildGroupCounts(postgreSql));

    /// <summary>
    /// The summaries of the first summary migration, which calls this: a later table is created by a later migration,
    /// so what that migration's store does not have yet cannot be in here.
    /// </summary>
    public static IEnumerable<SummaryCommand> RebuildCountsClaimsAndToll(bool postgreSql)
    {
        foreach (var command in Lock(postgreSql)) yield return command;
        yield return new("DELETE FROM \"RecordCountSummaries\"", []);
        foreach (var (type, table) in RecordTables)
            yield return new($"INSERT INTO \"RecordCountSummaries\" (\"RecordType\", \"Count\") SELECT '{type}', COUNT(*) FROM \"{table}\" WHERE NOT \"IsDeleted\"", []);
        yield return new("DELETE FROM \"LatestClaimSummaries\"", []);
        yield return new(InsertClaims(Everything), []);
        yield return new("DELETE FROM \"KilledTollSummaries\"", []);
        foreach (var interval in Enum.GetValues<TollInterval>())
            yield return new(InsertToll(Everything, interval, postgreSql), []);
    }

    /// <summary>Live casualty reports per conflict and period end, from the records.</summary>
    public static IEnumerable<SummaryCommand> RebuildDayCounts()
    {
        yield return new("DELETE FROM \"CasualtyDayCounts\"", []);
        yield return new("""
            INSERT INTO "CasualtyDayCounts" ("ConflictId", "PeriodEnd", "Count")
            SELECT "ConflictId", "PeriodEnd", COUNT(*) FROM "CasualtyReports" WHERE NOT "IsDeleted" GROUP BY "ConflictId", "PeriodEnd"
            """, []);
    }

    private const string CountGroupColumns = "\"ConflictId\", \"AffectedSideId\", \"ReportingPartyId\", \"Category\", \"Kind\", \"Qualifier\"";

    /// <summary>Live casualty reports per (conflict, side, reporter, category, kind, qualifier) and month, from the records.</summary>
    public static IEnumerable<SummaryCommand> RebuildGroupCounts(bool postgreSql)
    {
        var month = BucketSql(TollInterval.Month, postgreSql);
        yield return new("DELETE FROM \"CasualtyGroupCounts\"", []);
        yield return new($"""
            INSERT INTO "CasualtyGroupCounts" ({CountGroupColumns}, "Month", "Count")
            SELECT {CountGroupColumns}, {month}, COUNT(*) FROM "CasualtyReports" WHERE NOT "IsDeleted" GROUP BY {CountGroupColumns}, {month}
            """, []);
    }

    /// <summary>Adds <paramref name="delta"/> to the reports of one group and month.</summary>
    public static IEnumerable<SummaryCommand> AddToGroupCount(CountGroup group, DateOnly month, int delta) =>
        AddToKeptCount("CasualtyGroupCounts", ["ConflictId", "AffectedSideId", "ReportingPartyId", "Category", "Kind", "Qualifier", "Month"],
            [group.ConflictId, group.SideId, group.ReporterId, group.Category.ToString(), group.Kind.ToString(), group.Qualifier.ToString(), month], delta);

    /// <summary>Adds <paramref name="delta"/> to the reports of one conflict and day.</summary>
    public static IEnumerable<SummaryCommand> AddToDayCount(int conflictId, DateOnly day, int delta) =>
        AddToKeptCount("CasualtyDayCounts", ["ConflictId", "PeriodEnd"], [conflictId, day], delta);

    /// <summary>
    /// Adds <paramref name="delta"/> to the "Count" of the row with these keys, made when missing; a row left at none is
    /// removed, as a rebuild would not write it.
    /// </summary>
    private static IEnumerable<SummaryCommand> AddToKeptCount(string table, string[] keyColumns, object[] keys, int delta)
    {
        // {0}, {1}, ... for the keys, as ExecuteSqlRaw numbers its arguments; the delta is the last.
        var columns = string.Join(", ", keyColumns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", keyColumns.Select((_, i) => $"{{{i}}}"));
        var sameKeys = string.Join(" AND ", keyColumns.Select((c, i) => $"\"{c}\" = {{{i}}}"));
        var deltaArgument = $"{{{keys.Length}}}";
        yield return new($"""
            INSERT INTO "{table}" ({columns}, "Count") VALUES ({values}, {deltaArgument})
            ON CONFLICT ({columns}) DO UPDATE SET "Count" = "{table}"."Count" + excluded."Count"
            """, [.. keys, delta]);
        if (delta < 0) yield return new($"DELETE FROM \"{table}\" WHERE {sameKeys} AND \"Count\" = 0", keys);
    }

    public static SummaryCommand AddToCount(string type, int delta) =>
        new("UPDATE \"RecordCountSummaries\" SET \"Count\" = \"Count\" + {0} WHERE \"RecordType\" = {1}", [delta, type]);

    /// <summary>The latest claims of one (conflict, side, reporter, category, kind), computed again.</summary>
    public static IEnumerable<SummaryCommand> RecomputeClaims(ClaimGroup group)
    {
        object[] args = [group.ConflictId, group.SideId, group.ReporterId, group.Category.ToString(), group.Kind.ToString()];
        yield return new($"DELETE FROM \"LatestClaimSummaries\" WHERE {ClaimGroupWhere}", args);
        yield return new(InsertLatestOfGroup, args);
    }

    /// <summary>The toll points of one (conflict, side, reporter, category) in the day, month and year of <paramref name="day"/>.</summary>
    public static IEnumerable<SummaryCommand> RecomputeToll(TollGroup group, DateOnly day, bool postgreSql)
    {
        foreach (var interval in Enum.GetValues<TollInterval>())
        {
            var (first, last) = Bucket(interval, day);
            object[] args = [group.ConflictId, group.SideId, group.ReporterId, group.Category.ToString(), first, last];
            yield return new($"DELETE FROM \"KilledTollSummaries\" WHERE \"Interval\" = '{interval}' AND {TollGroupWhere} AND \"Bucket\" = {{4}}", args[..5]);
            yield return new(InsertToll($"{TollGroupWhere} AND \"PeriodEnd\" >= {{4}} AND \"PeriodEnd\" <= {{5}}", interval, postgreSql), args);
        }
    }

    /// <summary>All toll points of one (conflict, side, reporter, category): cheaper than bucket by bucket for a large batch.</summary>
    public static IEnumerable<SummaryCommand> RecomputeToll(TollGroup group, bool postgreSql)
    {
        object[] args = [group.ConflictId, group.SideId, group.ReporterId, group.Category.ToString()];
        yield return new($"DELETE FROM \"KilledTollSummaries\" WHERE {TollGroupWhere}", args);
        foreach (var interval in Enum.GetValues<TollInterval>())
            yield return new(InsertToll(TollGroupWhere, interval, postgreSql), args);
    }

    /// <summary>The first and last day of the day, month or year <paramref name="day"/> is in.</summary>
    public static (DateOnly First, DateOnly Last) Bucket(TollInterval interval, DateOnly day) => interval switch
    {
        TollInterval.Month => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1)),
        TollInterval.Year => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
        _ => (day, day),
    };

    // Every live cumulative report whose period ends on its group's latest day: the latest claim and any competing one.
    private static string InsertClaims(string where) => $"""
        INSERT INTO "LatestClaimSummaries" ("ReportId", {ClaimGroupColumns}, "PeriodEnd")
        SELECT r."Id", r."ConflictId", r."AffectedSideId", r."ReportingPartyId", r."Category", r."Kind", r."PeriodEnd"
        FROM "CasualtyReports" AS r
        INNER JOIN (
            SELECT {ClaimGroupColumns}, MAX("PeriodEnd") AS "LatestEnd"
            FROM "CasualtyReports"
            WHERE "Basis" = 'Cumulative' AND NOT "IsDeleted" AND {where}
            GROUP BY {ClaimGroupColumns}) AS m
          ON r."ConflictId" = m."ConflictId" AND r."AffectedSideId" = m."AffectedSideId"
            AND r."ReportingPartyId" = m."ReportingPartyId" AND r."Category" = m."Category" AND r."Kind" = m."Kind"
            AND r."PeriodEnd" = m."LatestEnd"
        WHERE r."Basis" = 'Cumulative' AND NOT r."IsDeleted"
        """;

    // One group: its latest day is read from the end of the group's index range (a MAX with no GROUP BY), not by
    // grouping all its rows. Unqualified names in the subquery are the subquery's own table's.
    private static readonly string InsertLatestOfGroup = $"""
        INSERT INTO "LatestClaimSummaries" ("ReportId", {ClaimGroupColumns}, "PeriodEnd")
        SELECT "Id", {ClaimGroupColumns}, "PeriodEnd"
        FROM "CasualtyReports"
        WHERE {ClaimGroupWhere} AND "Basis" = 'Cumulative' AND NOT "IsDeleted"
          AND "PeriodEnd" = (
            SELECT MAX("PeriodEnd") FROM "CasualtyReports"
            WHERE {ClaimGroupWhere} AND "Basis" = 'Cumulative' AND NOT "IsDeleted")
        """;

    private static string InsertToll(string where, TollInterval interval, bool postgreSql)
    {
        var bucket = BucketSql(interval, postgreSql);
        return $"""
            INSERT INTO "KilledTollSummaries" ("Interval", "ConflictId", "AffectedSideId", "ReportingPartyId", "Category", "Bucket", "Figure")
            SELECT '{interval}', "ConflictId", "AffectedSideId", "ReportingPartyId", "Category", {bucket}, MAX("BestEstimate")
            FROM "CasualtyReports"
            WHERE "Basis" = 'Cumulative' AND "Kind" = 'Killed' AND "BestEstimate" IS NOT NULL AND NOT "IsDeleted" AND {where}
            GROUP BY "ConflictId", "AffectedSideId", "ReportingPartyId", "Category", {bucket}
            """;
    }

    // SQLite stores a DateOnly as 'yyyy-MM-dd' text.
    private static string BucketSql(TollInterval interval, bool postgreSql) => (interval, postgreSql) switch
    {
        (TollInterval.Month, false) => "substr(\"PeriodEnd\", 1, 7) || '-01'",
        (TollInterval.Year, false) => "substr(\"PeriodEnd\", 1, 4) || '-01-01'",
        (TollInterval.Month, true) => "CAST(date_trunc('month', \"PeriodEnd\") AS date)",
        (TollInterval.Year, true) => "CAST(date_trunc('year', \"PeriodEnd\") AS date)",
        _ => "\"PeriodEnd\"",
    };
}
