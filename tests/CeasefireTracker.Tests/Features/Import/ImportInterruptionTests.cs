using CeasefireTracker.Features.Import;

namespace CeasefireTracker.Tests.Features.Import;

/// <summary>An import the app stops during (not cancelled by anyone) is left queued, with its file, for the next start.</summary>
public sealed class ImportInterruptionTests : ImportTestBase
{
    [Fact]
    public async Task AnImportStoppedWithTheAppIsQueuedAgainWithItsFileAndWritesNothing()
    {
        var path = Fixture.Ged(5);
        var job = await Fixture.Runner.EnqueueAsync(
            new ImportRequest(path, "GEDEvent_v23_1.csv", "23.1", ConflictId: await Fixture.ConflictIdAsync(), Uploaded: true), TestUsers.Analyst);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await Fixture.Runner.RunAsync(job, stopping.Token);

        await using var db = Fixture.Database.CreateContext();
        var run = await db.ImportRuns.SingleAsync(r => r.Id == job.RunId);
        Assert.Equal((ImportStatus.Queued, path, true), (run.Status, run.FilePath, run.CompleteDataSet));
        Assert.True(File.Exists(path));
        Assert.Equal(0, await db.DataSetRows.CountAsync());
        Assert.True(job.Completion.IsCompleted);
    }

    [Fact]
    public async Task ACancelledImportIsCancelledAndItsUploadDeleted()
    {
        var path = Fixture.Ged(5);
        var job = await Fixture.Runner.EnqueueAsync(
            new ImportRequest(path, "GEDEvent_v23_1.csv", "23.1", ConflictId: await Fixture.ConflictIdAsync(), Uploaded: true), TestUsers.Analyst);
        job.Cancel();

        await Fixture.Runner.RunAsync(job, job.Cancellation.Token);

        await using var db = Fixture.Database.CreateContext();
        Assert.Equal(ImportStatus.Cancelled, (await db.ImportRuns.SingleAsync(r => r.Id == job.RunId)).Status);
        Assert.False(File.Exists(path));
    }
}
