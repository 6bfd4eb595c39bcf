using CeasefireTracker.Features.Import;

namespace CeasefireTracker.Tests.Features.Import;

/// <summary>An import is written in batches, yet stays one audited operation that is undone as a whole.</summary>
public sealed class ImportBatchesTests : ImportTestBase
{
    [Fact]
    public async Task AnImportOfSeveralBatchesIsOneOperationWithProgressAndUndoesAsAWhole()
    {
        // About 4.3 records a row: more than one batch of the planner and several chunks of the writer.
        const int rows = 1_100;
        var request = new ImportRequest(Fixture.Ged(rows), "GEDEvent_v23_1.csv", "23.1", ConflictId: await Fixture.ConflictIdAsync());
        var dryRun = await Fixture.Planner.PlanAsync(request);
        Assert.True(dryRun.WriteCount > ImportPlanner.BatchRecords, $"{dryRun.WriteCount} records");
        var progress = new List<int>();

        var job = await Fixture.Runner.EnqueueAsync(request with { ExpectedRecords = dryRun.WriteCount }, TestUsers.Analyst);
        job.Changed += () => { if (job.Stage == "writing") progress.Add(job.Done); };
        await Fixture.Runner.RunAsync(job, CancellationToken.None);

        Assert.True(job.Status == ImportStatus.Succeeded, job.Message + " | " + string.Join(" | ", job.Problems));
        Assert.Equal(dryRun.WriteCount, job.Total);
        Assert.Contains(progress, p => p > 0 && p < dryRun.WriteCount);
        await using (var db = Fixture.Database.CreateContext())
        {
            var run = await db.ImportRuns.SingleAsync();
            Assert.Equal((dryRun.WriteCount, rows), (run.RecordsWritten, await db.DataSetRows.CountAsync()));
            Assert.Equal(dryRun.WriteCount, await db.AuditEntries.CountAsync(a => a.OperationId == run.OperationId));
            Assert.Equal("Import of UCDP GED 23.1 from GEDEvent_v23_1.csv, by analyst@example.org",
                (await db.AuditEntries.FirstAsync(a => a.OperationId == run.OperationId)).Reason);
        }

        Assert.StartsWith("Undone by", await Fixture.Runner.UndoAsync(job.RunId, TestUsers.Analyst));
        await using var check = Fixture.Database.CreateContext();
        Assert.Equal(0, await check.DataSetRows.CountAsync());
    }
}
