using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.Channels;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Editing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Features.Import;

/// <summary>An import waiting or running in the background, as the page follows it.</summary>
public sealed class ImportJob(int runId, ImportRequest request, ClaimsPrincipal user)
{
    public int RunId { get; } = runId;
    public ImportRequest Request { get; } = request;
    public ClaimsPrincipal User { get; } = user;
    public ImportStatus Status { get; internal set; } = ImportStatus.Queued;

    /// <summary>Rows read while planning, then records written.</summary>
    public int Done { get; internal set; }

    public int Total { get; internal set; }
    public string Stage { get; internal set; } = "waiting";

    /// <summary>The run's one transaction is open.</summary>
    internal bool Writing { get; set; }

    /// <summary>The data set's name, once the file is recognized.</summary>
    public string? DataSet { get; internal set; }
    public string? Message { get; internal set; }
    public IReadOnlyList<string> Problems { get; internal set; } = [];
    internal CancellationTokenSource Cancellation { get; } = new();

    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the run has finished (succeeded, failed or cancelled) or was left for a restart to resume.</summary>
    public Task Completion => _finished.Task;

    internal void Finish() => _finished.TrySetResult();

    /// <summary>Raised on the runner's thread whenever progress or status changes.</summary>
    public event Action? Changed;

    public void Cancel() => Cancellation.Cancel();

    internal void Notify() => Changed?.Invoke();
}

/// <summary>
/// Runs confirmed imports one at a time in the background, so pages stay responsive: each is planned again (the store
/// may have changed since the dry run) and written through <see cref="RecordEditor.ApplyAsync"/> as one audited
/// operation, all or nothing, under the name of the analyst who confirmed it. Cancelling before the write commits
/// leaves nothing written. A run the app stopped during is resumed at the next start (ImportRunner.Resume.cs).
/// </summary>
public sealed partial class ImportRunner(IServiceScopeFactory scopes, IDbContextFactory<TrackerDbContext> factory,
    IOptions<ImportOptions> options, ILogger<ImportRunner> logger)
    : BackgroundService
{
    private readonly Channel<ImportJob> _queue = Channel.CreateUnbounded<ImportJob>();
    private readonly ConcurrentDictionary<int, ImportJob> _jobs = new();

    /// <summary>This app instance, as the owner of the runs it queues.</summary>
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public async Task<ImportJob> EnqueueAsync(ImportRequest request, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var job = new ImportJob(await StartRunAsync(request, user, ct), request, user);
        _jobs[job.RunId] = job;
        await _queue.Writer.WriteAsync(job, ct);
        return job;
    }

    /// <summary>Runs an import now, on the caller's task (the command; tests).</summary>
    public async Task<ImportJob> EnqueueDirectAsync(ImportRequest request, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var job = new ImportJob(await StartRunAsync(request, user, ct), request, user);
        _jobs[job.RunId] = job;
        await RunAsync(job, ct);
        return job;
    }

    public ImportJob? Find(int runId) => _jobs.GetValueOrDefault(runId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watch = WatchAsync(stoppingToken);
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, job.Cancellation.Token);
                await RunAsync(job, linked.Token);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app stops: runs still queued stay queued in the store, for the next start to resume.
        }

        await watch;
    }

    /// <summary>Plans and writes one import; the command calls it directly. Never throws for a bad file or a refusal.</summary>
    public async Task RunAsync(ImportJob job, CancellationToken ct)
    {
        var interrupted = false;
        using var beating = new CancellationTokenSource();
        var beat = BeatWhileRunningAsync(job, beating.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The analyst who confirmed is the writer: RecordEditor checks the role and audits under that name.
            if (scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(job.User)));

            Update(job, ImportStatus.Running, "reading the file");
            await MarkRunningAsync(job.RunId, null, ct);
            var planner = scope.ServiceProvider.GetRequiredService<ImportPlanner>();
            var plan = await planner.PrepareAsync(job.Request, ct);
            job.DataSet = $"{plan.Mapping.DataSet}";
            if (plan.Report.FileProblem is { } problem)
            {
                await FinishAsync(job, ImportStatus.Failed, problem, null, 0, plan.Report.RowsRead);
                return;
            }

            // The file is planned again as it is written (the store may have changed since the dry run), one batch at a
            // time; the dry run's count of records is the progress bar's end.
            job.Total = job.Request.ExpectedRecords ?? 0;
            job.Done = 0;
            Update(job, ImportStatus.Running, "writing");
            var editor = scope.ServiceProvider.GetRequiredService<RecordEditor>();
            var who = $"by {job.User.Identity?.Name}";
            var reason = $"Import of {plan.Mapping.DataSet} {plan.Version} from {job.Request.FileName}, {who}";
            // Noted before the write: after a crash, the operation's audit entries tell whether it was committed.
            var operationId = Guid.NewGuid();
            await MarkRunningAsync(job.RunId, operationId, ct);
            job.Writing = true;
            var result = await editor.ApplyStreamAsync(WritesOrStop(planner.WritesAsync(job.Request, plan, null, ct), plan), reason,
                new WrittenSoFar(job), ct, operationId);
            job.Writing = false;
            if (!result.Succeeded)
            {
                job.Problems = result.Errors.Take(20).Select(e => $"Record {e.Index}: {e.Property} {e.Message}").ToList();
                await FinishAsync(job, ImportStatus.Failed, result.Message ?? "The import was refused; nothing was written.", null, 0, plan.Report.RowsRead);
                return;
            }

            if (result.Written == 0)
            {
                await FinishAsync(job, ImportStatus.Succeeded, "Nothing to write: every row is already present, refused or edited since.", null, 0, plan.Report.RowsRead);
                return;
            }

            var description = $"{Capitalize(plan.Describe(job.Request.FileName))}, {who}";
            logger.LogInformation("Import run {RunId}: {Description}, operation {OperationId}, {Written} records",
                job.RunId, description, result.OperationId, result.Written);
            await FinishAsync(job, ImportStatus.Succeeded, $"{description}: {result.Written:N0} records written.", result.OperationId, result.Written, plan.Report.RowsRead);
        }
        catch (ImportStoppedException stopped)
        {
            await FinishAsync(job, ImportStatus.Failed, $"{stopped.Message} Nothing was written.", null, 0, 0);
        }
        catch (OperationCanceledException) when (!job.Cancellation.IsCancellationRequested)
        {
            // The app stops (nobody cancelled the run): the transaction is rolled back, the file kept, the run queued again.
            interrupted = true;
            await InterruptAsync(job);
        }
        catch (OperationCanceledException)
        {
            await FinishAsync(job, ImportStatus.Cancelled, "Cancelled; nothing was written.", null, 0, 0);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Import run {RunId} of {FileName} failed", job.RunId, job.Request.FileName);
            await FinishAsync(job, ImportStatus.Failed, $"The import failed and nothing was written: {ex.Message}", null, 0, 0);
        }
        finally
        {
            job.Writing = false;
            await beating.CancelAsync();
            await beat;
            if (job.Request.Uploaded && !interrupted) File.Delete(job.Request.Path);
            job.Finish();
        }
    }

    /// <summary>Undoes a finished import as a whole (one new audited operation).</summary>
    public async Task<string> UndoAsync(int runId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var run = await db.ImportRuns.SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is not { Status: ImportStatus.Succeeded, OperationId: { } operationId }) return "Only a finished import that wrote records can be undone.";
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        var result = await scope.ServiceProvider.GetRequiredService<RecordEditor>()
            .UndoOperationAsync(operationId, $"Undo of the {run.DataSet} {run.DataSetVersion} import of {run.FileName}", ct);
        if (!result.Succeeded) return result.Message ?? "The import could not be undone.";
        run.Status = ImportStatus.Undone;
        run.Message = $"Undone by {user.Identity?.Name} ({result.Written:N0} changes put back).";
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Import run {RunId} undone by {UserName}", runId, user.Identity?.Name);
        return run.Message;
    }

    public async Task<IReadOnlyList<ImportRun>> RecentAsync(int count = 20, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(count).ToListAsync(ct);
    }

    private async Task<int> StartRunAsync(ImportRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var run = new ImportRun
        {
            DataSet = request.Mapping?.DataSet ?? "(recognized from the file)",
            DataSetVersion = request.Version,
            FileName = ImportContext.Trim(request.FileName, 200),
            UserName = user.Identity?.Name ?? "unknown",
            Status = ImportStatus.Queued,
            StartedAtUtc = DateTime.UtcNow,
            FilePath = request.Path,
            MappingJson = request.Mapping?.ToJson(),
            CompleteDataSet = request.CompleteDataSet,
            ConflictId = request.ConflictId,
            Uploaded = request.Uploaded,
            Owner = _instance,
            HeartbeatAtUtc = DateTime.UtcNow,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run.Id;
    }

    private static void Update(ImportJob job, ImportStatus status, string stage)
    {
        job.Status = status;
        job.Stage = stage;
        job.Notify();
    }

    private async Task FinishAsync(ImportJob job, ImportStatus status, string message, Guid? operationId, int written, int rowsRead)
    {
        job.Status = status;
        job.Message = message;
        job.Stage = "done";
        await SaveOutcomeAsync(job.RunId, status, message, operationId, written, rowsRead, job.DataSet);
        job.Notify();
    }

    private async Task SaveOutcomeAsync(int runId, ImportStatus status, string message, Guid? operationId, int written, int rowsRead,
        string? dataSet)
    {
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        var run = await db.ImportRuns.SingleAsync(r => r.Id == runId);
        run.Status = status;
        run.Message = ImportContext.Trim(message, 4000);
        run.OperationId = operationId;
        run.RecordsWritten = written;
        run.RowsRead = rowsRead;
        run.FinishedAtUtc = DateTime.UtcNow;
        if (dataSet is not null) run.DataSet = dataSet;
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>A file problem found part way (after batches were handed over) throws, so the write keeps nothing.</summary>
    private static async IAsyncEnumerable<IReadOnlyList<RecordWrite>> WritesOrStop(IAsyncEnumerable<IReadOnlyList<RecordWrite>> writes, ImportPlan plan)
    {
        await foreach (var batch in writes) yield return batch;
        if (plan.Report.FileProblem is { } problem) throw new ImportStoppedException(problem);
    }

    private sealed class ImportStoppedException(string message) : Exception(message);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>
/// The write's progress, set on the job as the writer reports it. Inline, not <see cref="Progress{T}"/>: that posts each
/// report to the thread pool, so a late report could set the bar back after the job finished, or arrive after it.
/// </summary>
internal sealed class WrittenSoFar(ImportJob job) : IProgress<int>
{
    public void Report(int value)
    {
        job.Done = value;
        job.Notify();
    }
}
