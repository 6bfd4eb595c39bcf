using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Import;

namespace CeasefireTracker.Tests.Features.Import;

/// <summary>Dry run, import, undo and re-import against a seeded database.</summary>
public sealed class ImportPlannerTests : ImportTestBase
{
    private async Task<ImportRequest> RequestAsync(string path, string version = "23.1", bool complete = true) =>
        new(path, Path.GetFileName(path), version, CompleteDataSet: complete, ConflictId: await Fixture.ConflictIdAsync());

    private async Task<ImportJob> ImportAsync(ImportRequest request) =>
        await Fixture.Runner.EnqueueDirectAsync(request, TestUsers.Analyst);

    private async Task<int> CountAsync<T>() where T : Entity
    {
        await using var db = Fixture.Database.CreateContext();
        return await db.Set<T>().CountAsync();
    }

    [Fact]
    public async Task ADryRunWritesNothingAndPreviewsTheRecordsAsTheyWillBeStored()
    {
        await AliasAsync("Azerbaijan", "Government of Azerbaijan");
        var auditBefore = await CountAsync<CasualtyReport>();

        var plan = await Fixture.Planner.PlanAsync(await RequestAsync(Fixture.Ged(30)));

        Assert.Null(plan.Report.FileProblem);
        Assert.Equal((30, 30, 0), (plan.Report.RowsRead, plan.Report.ToCreate, plan.Report.RefusedCount));
        Assert.Equal(auditBefore, await CountAsync<CasualtyReport>());
        Assert.Equal(0, await CountAsync<DataSetRow>());
        Assert.Equal(ImportRequest.PreviewRows, plan.Preview.Count);
        var first = plan.Preview[0];
        Assert.Equal(("Government of Azerbaijan – Government of Armenia, Stepanakert town", new DateTime(2020, 9, 27), "Etc/UTC"),
            (first.Event.Title, first.Event.OccurredAtLocal, first.Event.TimeZoneId));
        Assert.Contains(first.Figures, f => f.Side == "Both sides (combined)" && f.Report.Category == CasualtyCategory.Civilian && f.Report.BestEstimate == 2);
        Assert.All(first.Figures, f => Assert.Equal((FigureBasis.Increment, "UCDP GED", ""), (f.Report.Basis, f.Reporter, f.Report.Quote)));
        Assert.Contains(plan.Matches, m => m.NameInFile == "Government of Azerbaijan" && m.Party == "Azerbaijan" && m.How == "matched by alias");
        Assert.Contains(plan.Matches, m => m.NameInFile == "Government of Armenia" && m.How == "created");
    }

    public static TheoryData<string, string, string> RecordRefusals => new()
    {
        { "deaths_a", "-3", "deaths_a: Best estimate cannot be negative." },
        { "latitude", "200", "Latitude 200 is outside -90 to 90." },
        { "longitude", "-181", "Longitude -181 is outside -180 to 180." },
    };

    [Theory]
    [MemberData(nameof(RecordRefusals))]
    public async Task ARowTheValidatorRefusesIsListedWithItsLineAndTheValidatorsMessage(string column, string value, string message)
    {
        var plan = await Fixture.Planner.PlanAsync(await RequestAsync(Fixture.Ged(4, (i, row) => { if (i == 2) row[column] = value; })));

        var refused = Assert.Single(plan.Report.Refused);
        Assert.Equal((4, "100002"), (refused.Line, refused.RowId));
        Assert.Contains(message, refused.Reason);
        Assert.Equal(3, plan.Report.ToCreate);
    }

    [Fact]
    public async Task TextLongerThanItsFieldIsCutAndTheCutIsCounted()
    {
        var plan = await Fixture.Planner.PlanAsync(await RequestAsync(Fixture.Ged(2, (i, row) => { if (i == 1) row["source_headline"] = new string('h', 5000); })));

        Assert.Equal(2, plan.Report.ToCreate);
        var cut = plan.Report.Coercions["Text cut to the length its field holds"];
        Assert.Equal((1, "source_headline of 5,000 characters cut to 4,000"), (cut.Count, cut.Examples[0]));
    }

    [Fact]
    public async Task ARepeatedRowIdIsRefusedWithTheLineItFirstStoodOn()
    {
        var plan = await Fixture.Planner.PlanAsync(await RequestAsync(Fixture.Ged(3, (i, row) => { if (i == 2) row["id"] = "100000"; })));

        Assert.Equal("The row id appears again: first on line 2.", Assert.Single(plan.Report.Refused).Reason);
    }

    [Fact]
    public async Task AnImportIsOneAuditedOperationThatShowsOnTheCasualtyGridWithItsDataSetRow()
    {
        var job = await ImportAsync(await RequestAsync(Fixture.Ged(10)));

        Assert.True(job.Status == ImportStatus.Succeeded, job.Message + " | " + string.Join(" | ", job.Problems));
        Assert.StartsWith("Import of UCDP GED 23.1, 10 rows, from GEDEvent_v23_1.csv, by analyst@example.org", job.Message);
        await using var db = Fixture.Database.CreateContext();
        var run = await db.ImportRuns.SingleAsync();
        Assert.NotNull(run.OperationId);
        var audit = await db.AuditEntries.Where(a => a.OperationId == run.OperationId).ToListAsync();
        Assert.Equal(run.RecordsWritten, audit.Count);
        Assert.All(audit, a => Assert.Equal("analyst@example.org", a.UserName));
        Assert.Equal(10, await db.DataSetRows.CountAsync());
        Assert.Equal(10, await db.TimelineEvents.CountAsync(e => e.DataSetRowId != null));

        var query = new CasualtyReportQuery(Fixture.Database.Factory);
        var page = await query.GetPageAsync(new CasualtyFilter { PageSize = 100 });
        var imported = page.Rows.Where(r => r.DataSetRow is not null).ToList();
        Assert.NotEmpty(imported);
        var row = imported.First();
        Assert.Equal(("UCDP GED", "23.1", "AFP"), (row.DataSetRow!.DataSet, row.DataSetRow.Version, row.DataSetRow.Office));
        Assert.Equal("", row.Quote);
        // Data set figures are increments: no total adds them to anyone's cumulative toll.
        var totals = CasualtyTotals.Compute(await query.GetLatestClaimsAsync(new CasualtyFilter()));
        Assert.DoesNotContain(totals, t => t.Reporter == "UCDP GED");
    }

    [Fact]
    public async Task UndoingAnImportTakesAllOfItsRecordsAway()
    {
        var (reportsBefore, eventsBefore) = (await CountAsync<CasualtyReport>(), await CountAsync<TimelineEvent>());
        var job = await ImportAsync(await RequestAsync(Fixture.Ged(10)));
        Assert.True(await CountAsync<CasualtyReport>() > reportsBefore);

        var message = await Fixture.Runner.UndoAsync(job.RunId, TestUsers.Analyst);

        Assert.StartsWith("Undone by analyst@example.org", message);
        Assert.Equal(reportsBefore, await CountAsync<CasualtyReport>());
        Assert.Equal(0, await CountAsync<DataSetRow>());
        Assert.Equal(eventsBefore, await CountAsync<TimelineEvent>());
        await using var db = Fixture.Database.CreateContext();
        Assert.Equal(ImportStatus.Undone, (await db.ImportRuns.SingleAsync()).Status);
    }

    [Fact]
    public async Task ReimportingTheSameFileFindsEveryRowAlreadyPresent()
    {
        var path = Fixture.Ged(8);
        await ImportAsync(await RequestAsync(path));

        var plan = await Fixture.Planner.PlanAsync(await RequestAsync(path));

        Assert.Equal((8, 0, 0, 0), (plan.Report.AlreadyPresent, plan.Report.ToCreate, plan.Report.ToUpdate, plan.Report.ToWithdraw));
        Assert.False(plan.Report.CanImport);
    }

    [Fact]
    public async Task ANewerVersionUpdatesChangedRowsWithdrawsVanishedOnesAndKeepsWhatAnAnalystEdited()
    {
        await ImportAsync(await RequestAsync(Fixture.Ged(6)));
        // An analyst corrects the event of row 100003 after the import.
        await using (var db = Fixture.Database.CreateContext())
        {
            var edited = await db.TimelineEvents.AsNoTracking().SingleAsync(e => e.ExternalId == "ucdp-ged:100003:event");
            edited.Title = "Corrected by an analyst";
            var editor = new RecordEditor(Fixture.Database.Factory, new TestUsers.Provider(TestUsers.Analyst),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<RecordEditor>.Instance);
            Assert.True((await editor.UpdateAsync(edited, "Place name")).Succeeded);
        }

        // Version 24.1: row 100001 changed, 100003 changed too (but edited), 100005 gone.
        var newer = Fixture.Ged(5, (i, row) => { if (i is 1 or 3) row["deaths_a"] = "9"; }, name: "GEDEvent_v24_1.csv");
        var plan = await Fixture.Planner.PlanAsync(await RequestAsync(newer, "24.1"));

        Assert.Equal((1, 1, 3), (plan.Report.ToUpdate, plan.Report.ToWithdraw, plan.Report.AlreadyPresent));
        var kept = Assert.Single(plan.Report.EditedSince);
        Assert.Equal(("100003", "analyst@example.org"), (kept.RowId, kept.ChangedBy));

        var job = await ImportAsync(await RequestAsync(newer, "24.1"));
        Assert.Equal(ImportStatus.Succeeded, job.Status);
        await using var check = Fixture.Database.CreateContext();
        var updated = await check.CasualtyReports.SingleAsync(r => r.ExternalId == "ucdp-ged:100001:sidea");
        Assert.Equal(9, updated.BestEstimate);
        Assert.Equal("24.1", (await check.DataSetRows.SingleAsync(r => r.RowId == "100001")).DataSetVersion);
        Assert.False(await check.DataSetRows.AnyAsync(r => r.RowId == "100005"));
        Assert.Equal("Corrected by an analyst", (await check.TimelineEvents.SingleAsync(e => e.ExternalId == "ucdp-ged:100003:event")).Title);
        Assert.Equal(0, await check.CasualtyReports.CountAsync(r => r.ExternalId == "ucdp-ged:100003:sidea" && r.BestEstimate == 9));
    }

    [Fact]
    public async Task APartialFileWithdrawsNothing()
    {
        await ImportAsync(await RequestAsync(Fixture.Ged(6)));

        var plan = await Fixture.Planner.PlanAsync(await RequestAsync(Fixture.Ged(2, name: "page.csv"), "24.1", complete: false));

        Assert.Equal((0, 2), (plan.Report.ToWithdraw, plan.Report.AlreadyPresent));
    }

    [Fact]
    public async Task AFileWithAProblemIsNotImportedAtAll()
    {
        var path = Fixture.Text("bad.csv", "id;conflict_name\n1;x\n");

        var job = await ImportAsync(await RequestAsync(path));

        Assert.Equal(ImportStatus.Failed, job.Status);
        Assert.Contains("semicolons", job.Message);
        Assert.Equal(0, await CountAsync<DataSetRow>());
    }

    [Fact]
    public async Task WithoutAnAnalystNothingIsWritten()
    {
        var job = await Fixture.Runner.EnqueueDirectAsync(await RequestAsync(Fixture.Ged(3)), TestUsers.Reader);

        Assert.Equal(ImportStatus.Failed, job.Status);
        Assert.Equal(0, await CountAsync<DataSetRow>());
    }
}
