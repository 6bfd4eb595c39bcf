using System.Security.Claims;
using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Features.Import;

// Runs the app stopped during. Each instance says, every WatchInterval, that its queued and running runs are alive;
// a queued or running run nobody has said so of for StaleAfter was stopped with its app (a crash, a deploy), and the
// first instance to claim it finishes it: its write is one transaction, so it was either committed (the operation's
// audit entries exist: the run succeeded) or left nothing behind (the run is planned and written again).
public sealed partial class ImportRunner
{
    private readonly TaskCompletionSource _startupChecked = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the runs left by an earlier start have been taken over (resumed or finished).</summary>
    public Task StartupChecked => _startupChecked.Task;

    private async Task WatchAsync(CancellationToken ct)
    {
        var interval = Interval;
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    await BeatAsync(ct);
                    await TakeOverAsync(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // SQLite's writer lock is held by a running import's transaction; the next tick tries again.
                    logger.LogWarning(ex, "Import runs could not be checked; trying again in {Interval}", interval);
                }
                finally
                {
                    _startupChecked.TrySetResult();
                }
            }
            while (await timer.WaitForNextTickAsync(ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>This instance's queued runs (waiting behind another) are alive; a running one says so itself.</summary>
    private async Task BeatAsync(CancellationToken ct)
    {
        var waiting = _jobs.Values.Where(j => j.Status == ImportStatus.Queued).Select(j => j.RunId).ToList();
        if (waiting.Count == 0) return;
        await using var db = await factory.CreateDbContextAsync(ct);
        // SQLite has one writer: while an import's transaction holds it, the beat would only wait (one instance anyway).
        if (db.Database.IsSqlite() && _jobs.Values.Any(j => j.Writing)) return;
        var now = DateTime.UtcNow;
        await db.ImportRuns.Where(r => waiting.Contains(r.Id) && r.Status == ImportStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAtUtc, now), ct);
    }

    /// <summary>Says a running run is alive every WatchInterval until <paramref name="ct"/> ends it (the command runs without the watch).</summary>
    private async Task BeatWhileRunningAsync(ImportJob job, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await using var db = await factory.CreateDbContextAsync(ct);
                    if (job.Writing && db.Database.IsSqlite()) continue;
                    var now = DateTime.UtcNow;
                    await db.ImportRuns.Where(r => r.Id == job.RunId).ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAtUtc, now), ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Import run {RunId} could not say it is alive; trying again in {Interval}", job.RunId, Interval);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private TimeSpan Interval => options.Value.WatchInterval > TimeSpan.Zero ? options.Value.WatchInterval : TimeSpan.FromSeconds(30);

    private async Task TakeOverAsync(CancellationToken ct)
    {
        List<ImportRun> stale;
        var now = DateTime.UtcNow;
        var before = now - options.Value.StaleAfter;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            stale = await db.ImportRuns.AsNoTracking()
                .Where(r => (r.Status == ImportStatus.Queued || r.Status == ImportStatus.Running)
                            && r.Owner != _instance && (r.HeartbeatAtUtc == null || r.HeartbeatAtUtc <= before))
                .OrderBy(r => r.Id)
                .ToListAsync(ct);
        }

        foreach (var run in stale)
        {
            // Claimed only if nobody else claimed it (or its owner said it is alive) since it was read.
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                var claimed = await db.ImportRuns
                    .Where(r => r.Id == run.Id && r.Owner == run.Owner && r.HeartbeatAtUtc == run.HeartbeatAtUtc
                                && (r.Status == ImportStatus.Queued || r.Status == ImportStatus.Running))
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Owner, _instance).SetProperty(r => r.HeartbeatAtUtc, now), ct);
                if (claimed == 0) continue;
            }

            await ResumeAsync(run, ct);
        }
    }

    private async Task ResumeAsync(ImportRun run, CancellationToken ct)
    {
        const string stopped = "The app stopped before this import was written";
        if (run.OperationId is { } operationId)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var written = await db.AuditEntries.CountAsync(a => a.OperationId == operationId, ct);
            if (written > 0)
            {
                logger.LogInformation("Import run {RunId} had been written (operation {OperationId}) when its app stopped", run.Id, operationId);
                await SaveOutcomeAsync(run.Id, ImportStatus.Succeeded,
                    $"Import of {run.DataSet} {run.DataSetVersion} from {run.FileName}, by {run.UserName}: {written:N0} records written (the app stopped just after).",
                    operationId, written, run.RowsRead, null);
                DeleteUpload(run);
                return;
            }
        }

        if (run.FilePath is null || !File.Exists(run.FilePath))
        {
            await FailAsync(run, $"{stopped}, and its file {run.FileName} is no longer on the server: nothing was written. Import the file again.");
            return;
        }

        var user = await AnalystAsync(run.UserName, ct);
        if (user is null)
        {
            await FailAsync(run, $"{stopped}, and {run.UserName} is no longer an analyst: nothing was written.");
            DeleteUpload(run);
            return;
        }

        var mapping = run.MappingJson is null ? null : ColumnMapping.FromJson(run.MappingJson);
        var request = new ImportRequest(run.FilePath, run.FileName, run.DataSetVersion, mapping, run.CompleteDataSet, run.ConflictId, run.Uploaded);
        var job = new ImportJob(run.Id, request, user) { Stage = "waiting (resumed after the app restarted)" };
        _jobs[job.RunId] = job;
        await using (var db = await factory.CreateDbContextAsync(ct))
            await db.ImportRuns.Where(r => r.Id == run.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Queued).SetProperty(r => r.OperationId, (Guid?)null), ct);
        await _queue.Writer.WriteAsync(job, ct);
        logger.LogInformation("Import run {RunId} of {FileName} by {UserName}, stopped with its app, is queued again", run.Id, run.FileName, run.UserName);
    }

    private async Task FailAsync(ImportRun run, string message)
    {
        logger.LogWarning("Import run {RunId} of {FileName} cannot be resumed: {Message}", run.Id, run.FileName, message);
        await SaveOutcomeAsync(run.Id, ImportStatus.Failed, message, null, 0, run.RowsRead, null);
    }

    private static void DeleteUpload(ImportRun run)
    {
        if (run.Uploaded && run.FilePath is not null) File.Delete(run.FilePath);
    }

    /// <summary>The run's analyst as a principal, if the account still exists and is still an analyst's.</summary>
    private async Task<ClaimsPrincipal?> AnalystAsync(string userName, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<UserManager<IdentityUser>>() is not { } users) return null;
        ct.ThrowIfCancellationRequested();
        var user = await users.FindByNameAsync(userName) ?? await users.FindByEmailAsync(userName);
        if (user is null || !await users.IsInRoleAsync(user, Roles.Analyst)) return null;
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.UserName ?? userName), new Claim(ClaimTypes.Role, Roles.Analyst)], "import-resume"));
    }

    /// <summary>The run is being written now, under <paramref name="operationId"/> once that is chosen.</summary>
    private async Task MarkRunningAsync(int runId, Guid? operationId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = DateTime.UtcNow;
        await db.ImportRuns.Where(r => r.Id == runId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Running).SetProperty(r => r.OperationId, operationId)
                .SetProperty(r => r.HeartbeatAtUtc, now).SetProperty(r => r.Owner, _instance), ct);
    }

    /// <summary>The app stops during a run: it is queued again in the store, for the next start to resume.</summary>
    private async Task InterruptAsync(ImportJob job)
    {
        job.Status = ImportStatus.Queued;
        job.Stage = "stopped with the app; resumed at its next start";
        await using (var db = await factory.CreateDbContextAsync(CancellationToken.None))
            // The operation id stays: should the commit have won the race with the stop, the next start sees it written.
            await db.ImportRuns.Where(r => r.Id == job.RunId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Queued));
        logger.LogInformation("Import run {RunId} of {FileName} stopped with the app; the next start resumes it", job.RunId, job.Request.FileName);
        job.Notify();
    }
}
