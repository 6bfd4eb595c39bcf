using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Commands;
using CeasefireTracker.Features.Overview;
using CeasefireTracker.Data.Summaries;
using CeasefireTracker.Features.Summaries;
using CeasefireTracker.Tests.Features.Editing;

namespace CeasefireTracker.Tests.Features.Summaries;

/// <summary>
/// The summary tables kept on write must hold exactly what a rebuild from the records holds, and the reads from them
/// must give exactly what the reads from the records give (latest claims with competing ones, toll points, totals,
/// counts), whatever sequence of writes came before.
/// </summary>
public sealed class SummaryTests : EditorTestBase
{
    private static readonly DateOnly[] Days =
    [
        new(2023, 9, 19), new(2023, 9, 20), new(2023, 9, 27), new(2023, 10, 3), new(2024, 2, 10), new(2025, 6, 30),
    ];

    [Fact]
    public async Task ASeededStoreHasTheSummariesOfItsRecords() => await AssertSummariesRightAsync("after the seed");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task MaintainedSummariesEqualARebuildAndTheReadFromRecordsAfterRandomEdits(int seed)
    {
        var random = new Random(seed);
        var pools = await PoolsAsync();
        var saved = 0;
        for (var step = 1; step <= 60; step++)
        {
            var result = random.Next(10) switch
            {
                < 3 => await Editor.CreateAsync(NewReport(random, pools)),
                < 6 => await UpdateAsync(random, pools),
                < 8 => await DeleteAsync(random),
                8 => await RestoreAsync(random),
                _ => await UndoAsync(random),
            };
            if (result?.Succeeded == true) saved++;
            if (step % 15 == 0) await AssertSummariesRightAsync($"step {step} (seed {seed})");
        }

        // Not a vacuous run: most writes went through (a few are refused, as an analyst's would be).
        Assert.True(saved >= 30, $"only {saved} of 60 writes were saved");
    }

    [Fact]
    public async Task CompetingClaimsOfOneReporterForOneDayAreAllKept()
    {
        var pools = await PoolsAsync();
        var claim = NewReport(new Random(7), pools);
        claim.Basis = FigureBasis.Cumulative;
        claim.Kind = CasualtyKind.Killed;
        claim.PeriodEnd = new DateOnly(2030, 1, 1);
        claim.BestEstimate = 100;
        claim.Qualifier = FigureQualifier.Exact;
        var first = await Editor.CreateAsync(claim);
        claim.BestEstimate = 120;
        var second = await Editor.CreateAsync(claim);
        Assert.True(first.Succeeded && second.Succeeded, first.Message ?? second.Message);

        await using var db = Database.CreateContext();
        var claims = await SummaryReads.LatestClaimsAsync(db, new CasualtyFilter { SideId = claim.AffectedSideId, ReporterId = claim.ReportingPartyId }, default);
        var killed = claims.Where(c => c.Kind == CasualtyKind.Killed && c.Category == claim.Category).ToList();

        Assert.Equal([first.Record!.Id, second.Record!.Id], killed.Select(c => c.Id).Order());
        await AssertSummariesRightAsync("after two competing claims");
    }

    [Fact]
    public async Task SavesOutsideTheEditorKeepTheSummariesRight()
    {
        var pools = await PoolsAsync();
        await using (var db = Database.CreateContext())
        {
            db.CasualtyReports.Add(NewReport(new Random(11), pools));
            await db.SaveChangesAsync();
            var report = await db.CasualtyReports.OrderBy(r => r.Id).FirstAsync(r => r.Basis == FigureBasis.Cumulative);
            report.PeriodEnd = new DateOnly(2031, 5, 5);
            // The synchronous save too, with no transaction of the caller's.
            db.SaveChanges();
            var other = await db.CasualtyReports.OrderByDescending(r => r.Id).FirstAsync();
            other.IsDeleted = true;
            await db.SaveChangesAsync();
        }

        await AssertSummariesRightAsync("after plain saves");
    }

    [Fact]
    public async Task TheRebuildCommandPutsBackSummariesChangedAroundTheApp()
    {
        await using var db = Database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"LatestClaimSummaries\"");
        await db.Database.ExecuteSqlRawAsync("UPDATE \"RecordCountSummaries\" SET \"Count\" = 0");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"KilledTollSummaries\"");
        Assert.Empty(await db.LatestClaimSummaries.ToListAsync());

        var services = new ServiceCollection().AddLogging().AddSingleton(Database.Factory).BuildServiceProvider();
        var output = new StringWriter();
        var exit = await RebuildSummariesCommand.RunAsync(services, output);

        Assert.Equal(0, exit);
        Assert.Contains("Summaries rebuilt", output.ToString());
        Assert.NotEmpty(await db.LatestClaimSummaries.ToListAsync());
        await AssertSummariesRightAsync("after the rebuild");
    }

    [Fact]
    public void RebuildSummariesIsACommandTheCommandLineKnows() =>
        Assert.Equal(RebuildSummariesCommand.Name, CommandLine.Read(["--urls", "x", RebuildSummariesCommand.Name]).Command);

    [Fact]
    public async Task EveryRecordTypeIsCountedFromItsOwnTable()
    {
        await using var db = Database.CreateContext();
        var records = db.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType))
            .Select(t => (t.ClrType.Name, t.GetTableName()!)).Order().ToList();

        Assert.Equal(records, SummarySql.RecordTables.Select(r => (r.Type, r.Table)).Order().ToList());
    }

    private sealed record Pools(int ConflictId, int[] Sides, int[] Reporters, CasualtyReport Quoted);

    private async Task<Pools> PoolsAsync()
    {
        await using var db = Database.CreateContext();
        var quoted = await db.CasualtyReports.AsNoTracking().OrderBy(r => r.Id).FirstAsync(r => r.Quote != "");
        var sides = await db.CasualtyReports.Where(r => r.ConflictId == quoted.ConflictId).Select(r => r.AffectedSideId).Distinct().ToArrayAsync();
        var reporters = await db.CasualtyReports.Where(r => r.ConflictId == quoted.ConflictId).Select(r => r.ReportingPartyId).Distinct().ToArrayAsync();
        return new Pools(quoted.ConflictId, sides, reporters, quoted);
    }

    /// <summary>A valid report whose keys and figure are drawn at random from few values, so groups collide and compete.</summary>
    private static CasualtyReport NewReport(Random random, Pools pools)
    {
        var report = new CasualtyReport
        {
            ConflictId = pools.ConflictId,
            SourceId = pools.Quoted.SourceId,
            Quote = pools.Quoted.Quote,
            QuoteStart = pools.Quoted.QuoteStart,
        };
        Randomize(random, pools, report);
        return report;
    }

    private static void Randomize(Random random, Pools pools, CasualtyReport report)
    {
        report.AffectedSideId = pools.Sides[random.Next(pools.Sides.Length)];
        report.ReportingPartyId = pools.Reporters[random.Next(pools.Reporters.Length)];
        report.Category = Pick<CasualtyCategory>(random);
        report.Kind = random.Next(2) == 0 ? CasualtyKind.Killed : Pick<CasualtyKind>(random);
        report.BestEstimate = random.Next(5) == 0 ? null : random.Next(1, 6) * 10;
        report.Low = report.High = null;
        report.Qualifier = report.BestEstimate is null ? FigureQualifier.Many : FigureQualifier.Exact;
        report.Basis = random.Next(4) == 0 ? FigureBasis.Increment : FigureBasis.Cumulative;
        report.IncludedInReportId = null;
        report.PeriodStart = null;
        report.PeriodEnd = Days[random.Next(Days.Length)];
        report.FigureNotInQuote = report.BestEstimate is not null;
        report.FigureNotInQuoteReason = report.FigureNotInQuote ? "A figure drawn by the property test." : null;
    }

    private static T Pick<T>(Random random) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }

    private async Task<EditResult?> UpdateAsync(Random random, Pools pools)
    {
        CasualtyReport? report;
        await using (var db = Database.CreateContext())
            report = await RandomAsync(db.CasualtyReports.AsNoTracking(), random);
        if (report is null) return null;
        // Sometimes one key moves (a group or a day changes), sometimes everything at once.
        switch (random.Next(4))
        {
            case 0:
                report.PeriodEnd = Days[random.Next(Days.Length)];
                break;
            case 1:
                report.BestEstimate = random.Next(1, 6) * 10;
                report.Low = report.High = null;
                report.Qualifier = FigureQualifier.Exact;
                report.FigureNotInQuote = true;
                report.FigureNotInQuoteReason = "A figure drawn by the property test.";
                break;
            case 2:
                report.Basis = report.Basis == FigureBasis.Cumulative ? FigureBasis.Increment : FigureBasis.Cumulative;
                report.IncludedInReportId = null;
                break;
            default:
                Randomize(random, pools, report);
                break;
        }

        return await Editor.UpdateAsync(report);
    }

    private async Task<EditResult?> DeleteAsync(Random random)
    {
        CasualtyReport? report;
        await using (var db = Database.CreateContext())
            report = await RandomAsync(db.CasualtyReports.AsNoTracking(), random);
        return report is null ? null : await Editor.DeleteAsync<CasualtyReport>(report.Id, report.Version, cascade: true);
    }

    private async Task<EditResult?> RestoreAsync(Random random)
    {
        CasualtyReport? report;
        await using (var db = Database.CreateContext())
            report = await RandomAsync(db.CasualtyReports.IgnoreQueryFilters().AsNoTracking().Where(r => r.IsDeleted), random);
        return report is null ? null : await Editor.RestoreAsync<CasualtyReport>(report.Id);
    }

    /// <summary>Undoes a change of a live report: puts back the values it had before that change.</summary>
    private async Task<EditResult?> UndoAsync(Random random)
    {
        AuditEntry? change;
        CasualtyReport? report;
        await using (var db = Database.CreateContext())
        {
            var live = db.CasualtyReports.Select(r => r.Id);
            var changes = db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(CasualtyReport)
                && (a.Action == AuditAction.Update || a.Action == AuditAction.Revert) && live.Contains(a.EntityId));
            var count = await changes.CountAsync();
            if (count == 0) return null;
            change = await changes.OrderBy(a => a.Id).Skip(random.Next(count)).FirstAsync();
            report = await db.CasualtyReports.AsNoTracking().SingleAsync(r => r.Id == change.EntityId);
        }

        return await Editor.RevertAsync(change.Id, report.Version, toBefore: true);
    }

    private static async Task<CasualtyReport?> RandomAsync(IQueryable<CasualtyReport> reports, Random random)
    {
        var count = await reports.CountAsync();
        return count == 0 ? null : await reports.OrderBy(r => r.Id).Skip(random.Next(count)).FirstAsync();
    }

    private Task AssertSummariesRightAsync(string when) => AssertSummariesRightAsync(Database.Factory, when);

    /// <summary>Reads from the summaries equal reads from the records, and the kept tables equal a rebuild.</summary>
    internal static async Task AssertSummariesRightAsync(IDbContextFactory<TrackerDbContext> factory, string when)
    {
        await using var db = await factory.CreateDbContextAsync();
        var conflicts = await db.Conflicts.Select(c => (int?)c.Id).ToListAsync();
        var filters = new List<CasualtyFilter> { new() };
        filters.AddRange(conflicts.Select(c => new CasualtyFilter { ConflictId = c }));
        filters.AddRange((await db.Sides.Select(s => s.Id).ToListAsync()).Select(s => new CasualtyFilter { SideId = s }));
        filters.AddRange((await db.Parties.Select(p => p.Id).ToListAsync()).Select(p => new CasualtyFilter { ReporterId = p }));
        filters.AddRange(Enum.GetValues<CasualtyCategory>().Select(c => new CasualtyFilter { Category = c }));
        filters.AddRange(Enum.GetValues<CasualtyKind>().Select(k => new CasualtyFilter { Kind = k, ConflictId = conflicts[0] }));
        // A qualifier or a date range changes which claim is latest: the summary's groups are sought in the records.
        filters.AddRange(Enum.GetValues<FigureQualifier>().Select(q => new CasualtyFilter { Qualifier = q }));
        filters.AddRange(Days.Select(d => new CasualtyFilter { To = d }));
        filters.AddRange(Days.Select(d => new CasualtyFilter { From = d }));
        filters.AddRange(Days.Zip(Days.Skip(2)).Select(range => new CasualtyFilter { From = range.First, To = range.Second, ConflictId = conflicts[0] }));
        filters.Add(new CasualtyFilter { To = new DateOnly(2020, 10, 9), Qualifier = FigureQualifier.Exact });
        filters.AddRange(Enum.GetValues<FigureQualifier>().Select(q => new CasualtyFilter { Qualifier = q, Category = CasualtyCategory.Civilian, ConflictId = conflicts[0] }));
        // Dates with other filters: whole months from the kept counts, the days of a part-covered month from the records.
        filters.AddRange(Days.Zip(Days.Skip(2)).Select(range => new CasualtyFilter { From = range.First, To = range.Second, Category = CasualtyCategory.Civilian }));
        filters.AddRange(Days.Select(d => new CasualtyFilter { To = d, Kind = CasualtyKind.Killed }));
        filters.AddRange(Days.Select(d => new CasualtyFilter { From = d, Qualifier = FigureQualifier.Exact }));
        filters.Add(new CasualtyFilter { From = new DateOnly(2023, 9, 1), To = new DateOnly(2024, 1, 31), Kind = CasualtyKind.Killed });
        filters.Add(new CasualtyFilter { From = new DateOnly(2023, 9, 1), To = new DateOnly(2023, 9, 30), Kind = CasualtyKind.Killed });
        foreach (var filter in filters)
        {
            var fromRecords = await CasualtyReportQuery.LatestClaimsFromRecordsAsync(db, filter, default);
            var fromSummary = await SummaryReads.LatestClaimsAsync(db, filter, default);
            Assert.True(fromRecords.SequenceEqual(fromSummary), $"Latest claims for {filter} differ {when}.");
            Assert.Equal(CasualtyTotals.Compute(fromRecords), CasualtyTotals.Compute(fromSummary));
            // Kept counts, with the days of part-covered months counted in the records, equal a count of the records.
            var counted = await SummaryReads.KeptCountAsync(db, filter, part => CountInRecordsAsync(db, part), default);
            Assert.True(counted == await CountInRecordsAsync(db, filter), $"The count for {filter} differs {when}.");
        }

        foreach (var conflict in conflicts.Append(null))
            foreach (var interval in Enum.GetValues<TollInterval>())
            {
                var fromRecords = (await CasualtyReportQuery.KilledTollFromRecordsAsync(db, conflict, interval, default)).Points;
                var fromSummary = await SummaryReads.KilledTollAsync(db, conflict, interval, default);
                Assert.Equal(InOrder(fromRecords), InOrder(fromSummary));
            }

        Assert.Equal(await StoreCounts.CountRecordsAsync(factory), await StoreCounts.ReadAsync(factory));

        var maintained = await TablesAsync(db);
        await SummaryMaintenance.RebuildAsync(db);
        Assert.Equal(await TablesAsync(db), maintained);
    }

    private static Task<int> CountInRecordsAsync(TrackerDbContext db, CasualtyFilter filter) =>
        db.CasualtyReports.CountAsync(r => (filter.ConflictId == null || r.ConflictId == filter.ConflictId)
            && (filter.SideId == null || r.AffectedSideId == filter.SideId) && (filter.ReporterId == null || r.ReportingPartyId == filter.ReporterId)
            && (filter.Category == null || r.Category == filter.Category) && (filter.Kind == null || r.Kind == filter.Kind)
            && (filter.Qualifier == null || r.Qualifier == filter.Qualifier)
            && (filter.From == null || r.PeriodEnd >= filter.From) && (filter.To == null || r.PeriodEnd <= filter.To));

    private static List<TollPoint> InOrder(IEnumerable<TollPoint> points) =>
        points.OrderBy(p => p.Side, StringComparer.Ordinal).ThenBy(p => p.Reporter, StringComparer.Ordinal)
            .ThenBy(p => p.Category).ThenBy(p => p.PeriodEnd).ToList();

    private static async Task<List<string>> TablesAsync(TrackerDbContext db) =>
    [
        .. (await db.LatestClaimSummaries.AsNoTracking().OrderBy(c => c.ReportId).ToListAsync())
            .Select(c => $"claim {c.ReportId} {c.ConflictId} {c.AffectedSideId} {c.ReportingPartyId} {c.Category} {c.Kind} {c.PeriodEnd:O}"),
        .. (await db.KilledTollSummaries.AsNoTracking().ToListAsync())
            .Select(t => $"toll {t.Interval} {t.ConflictId} {t.AffectedSideId} {t.ReportingPartyId} {t.Category} {t.Bucket:O} {t.Figure}").Order(),
        .. (await db.RecordCountSummaries.AsNoTracking().ToListAsync()).Select(c => $"count {c.RecordType} {c.Count}").Order(),
        .. (await db.CasualtyDayCounts.AsNoTracking().ToListAsync()).Select(d => $"day {d.ConflictId} {d.PeriodEnd:O} {d.Count}").Order(),
        .. (await db.CasualtyGroupCounts.AsNoTracking().ToListAsync())
            .Select(g => $"group {g.ConflictId} {g.AffectedSideId} {g.ReportingPartyId} {g.Category} {g.Kind} {g.Qualifier} {g.Month:O} {g.Count}").Order(),
    ];
}
