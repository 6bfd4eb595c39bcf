using CeasefireTracker.Domain;
using CeasefireTracker.Features.Import;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Import;

/// <summary>An import the app stops during (not cancelled by anyone) is left queued, with its file, for the next start.</summary>
public sealed class ImportInterruptionTests : IAsyncLifetime
{
    private ImportFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await ImportFixture.CreateAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task AnImportStoppedWithTheAppIsQueuedAgainWithItsFileAndWritesNothing()
    {
        var path = _fixture.Ged(5);
        var job = await _fixture.Runner.EnqueueAsync(
            new ImportRequest(path, "GEDEvent_v23_1.csv", "23.1", ConflictId: await _fixture.ConflictIdAsync(), Uploaded: true), TestUsers.Analyst);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await _fixture.Runner.RunAsync(job, stopping.Token);

        await using var db = _fixture.Database.CreateContext();
        var run = await db.ImportRuns.SingleAsync(r => r.Id == job.RunId);
        Assert.Equal((ImportStatus.Queued, path, true), (run.Status, run.FilePath, run.CompleteDataSet));
        Assert.True(File.Exists(path));
        Assert.Equal(0, await db.DataSetRows.CountAsync());
        Assert.True(job.Completion.IsCompleted);
    }

    [Fact]
    public async Task ACancelledImportIsCancelledAndItsUploadDeleted()
    {
        var path = _fixture.Ged(5);
        var job = await _fixture.Runner.EnqueueAsync(
            new ImportRequest(path, "GEDEvent_v23_1.csv", "23.1", ConflictId: await _fixture.ConflictIdAsync(), Uploaded: true), TestUsers.Analyst);
        job.Cancel();

        await _fixture.Runner.RunAsync(job, job.Cancellation.Token);

        await using var db = _fixture.Database.CreateContext();
        Assert.Equal(ImportStatus.Cancelled, (await db.ImportRuns.SingleAsync(r => r.Id == job.RunId)).Status);
        Assert.False(File.Exists(path));
    }
}
