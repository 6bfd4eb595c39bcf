using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Import;

namespace CeasefireTracker.Tests.Features.Import;

/// <summary>
/// An import the app stopped during (queued, or running) is finished by the next start: written, or found written,
/// or failed with a message; never left queued or running, never half written.
/// </summary>
public sealed class ImportResumeHttpTests : IAsyncLifetime
{
    private const string Analyst = "resume-analyst@example.org";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ceasefire-resume-{Guid.NewGuid():N}");
    private readonly TrackerAppFactory _first = new();
    private RestartedFactory? _second;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _first.CreateClient();
        await using var scope = _first.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .CreateUnrestrictedAsync(Analyst, "Analyst-password-1", [Roles.Analyst]));
    }

    public async Task DisposeAsync()
    {
        if (_second is not null) await _second.DisposeAsync();
        await _first.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Stops the first app, lets <paramref name="arrange"/> change its store, starts it again, and waits for its start-up check.</summary>
    private async Task<ImportRunner> RestartAsync(Func<TrackerDbContext, Task> arrange)
    {
        await _first.DisposeWithoutDeletingAsync();
        await using (var db = _first.CreateStoreContext()) await arrange(db);
        _second = new RestartedFactory(_first.DatabasePath) { PostgreSqlConnectionString = _first.PostgreSqlConnectionString };
        _second.CreateClient();
        var runner = _second.Services.GetRequiredService<ImportRunner>();
        await runner.StartupChecked.WaitAsync(TimeSpan.FromMinutes(2));
        return runner;
    }

    private ImportRun StoppedRun(string path, ImportStatus status) => new()
    {
        DataSet = "(recognized from the file)", DataSetVersion = "23.1", FileName = Path.GetFileName(path), UserName = Analyst,
        Status = status, StartedAtUtc = DateTime.UtcNow.AddHours(-1), FilePath = path, Uploaded = true,
        Owner = "an-instance-that-stopped", HeartbeatAtUtc = DateTime.UtcNow.AddHours(-1),
    };

    [Fact]
    public async Task AnImportQueuedWhenTheAppStoppedIsWrittenAtTheNextStart()
    {
        var path = GedSampleWriter.WriteFile(Path.Combine(_folder, "GEDEvent_v23_1.csv"), 5);
        var run = StoppedRun(path, ImportStatus.Queued);

        var runner = await RestartAsync(async db => { db.ImportRuns.Add(run); await db.SaveChangesAsync(); });
        var job = runner.Find(run.Id);
        Assert.NotNull(job);
        await job.Completion.WaitAsync(TimeSpan.FromMinutes(2));

        await using var check = _second!.CreateStoreContext();
        var stored = await check.ImportRuns.SingleAsync(r => r.Id == run.Id);
        Assert.True(stored.Status == ImportStatus.Succeeded, stored.Message);
        Assert.StartsWith("Import of UCDP GED 23.1, 5 rows", stored.Message);
        Assert.Equal(5, await check.DataSetRows.CountAsync());
        Assert.All(await check.AuditEntries.Where(a => a.OperationId == stored.OperationId).ToListAsync(), a => Assert.Equal(Analyst, a.UserName));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task AnImportWrittenJustBeforeTheAppStoppedIsFoundWrittenNotWrittenAgain()
    {
        var path = GedSampleWriter.WriteFile(Path.Combine(_folder, "GEDEvent_v23_1.csv"), 4);
        var written = await _first.Services.GetRequiredService<ImportRunner>()
            .EnqueueDirectAsync(new ImportRequest(path, "GEDEvent_v23_1.csv", "23.1"), TestUsers.User(Analyst, Roles.Analyst));
        Assert.True(written.Status == ImportStatus.Succeeded, written.Message);

        // The app stopped between the commit and noting the outcome: the run still says it is running.
        await RestartAsync(async db =>
        {
            var run = await db.ImportRuns.SingleAsync(r => r.Id == written.RunId);
            (run.Status, run.FinishedAtUtc, run.Message, run.HeartbeatAtUtc) = (ImportStatus.Running, null, null, DateTime.UtcNow.AddHours(-1));
            await db.SaveChangesAsync();
        });

        await using var check = _second!.CreateStoreContext();
        var stored = await check.ImportRuns.SingleAsync(r => r.Id == written.RunId);
        Assert.Equal(ImportStatus.Succeeded, stored.Status);
        Assert.Contains("records written (the app stopped just after)", stored.Message);
        Assert.Equal(4, await check.DataSetRows.CountAsync());
        Assert.Equal(1, await check.AuditEntries.Where(a => a.EntityType == nameof(DataSetRow)).Select(a => a.OperationId).Distinct().CountAsync());
    }

    [Fact]
    public async Task AnImportWhoseFileIsGoneFailsWithAMessageAndWritesNothing()
    {
        var run = StoppedRun(Path.Combine(_folder, "gone.csv"), ImportStatus.Running);

        await RestartAsync(async db => { db.ImportRuns.Add(run); await db.SaveChangesAsync(); });

        await using var check = _second!.CreateStoreContext();
        var stored = await check.ImportRuns.SingleAsync(r => r.Id == run.Id);
        Assert.Equal(ImportStatus.Failed, stored.Status);
        Assert.Equal("The app stopped before this import was written, and its file gone.csv is no longer on the server: nothing was written. Import the file again.",
            stored.Message);
        Assert.Equal(0, await check.DataSetRows.CountAsync());
    }

    private sealed class RestartedFactory(string path) : TrackerAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Database:Path", path)];

        public override string DatabasePath => path;
    }
}
