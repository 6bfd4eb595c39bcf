namespace CeasefireTracker.Data.Summaries;

/// <summary>
/// Runs the summary statements on a context: after a save (<see cref="TrackerDbContext"/> calls it for every save that
/// touches records) or for a rebuild from the records (<c>rebuild-summaries</c>, the generator).
/// </summary>
public static class SummaryMaintenance
{
    public static void Execute(TrackerDbContext db, IEnumerable<SummaryCommand> commands)
    {
        foreach (var command in commands) db.Database.ExecuteSqlRaw(command.Sql, command.Args);
    }

    public static async Task ExecuteAsync(TrackerDbContext db, IEnumerable<SummaryCommand> commands, CancellationToken ct)
    {
        foreach (var command in commands) await db.Database.ExecuteSqlRawAsync(command.Sql, command.Args, ct);
    }

    /// <summary>
    /// Computes every summary again from the records, in one transaction (readers see the old ones until it commits):
    /// the caller's when one is open (a bulk writer that went around SaveChanges calls this before its commit), else its own.
    /// </summary>
    public static async Task RebuildAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await ExecuteAsync(db, SummarySql.RebuildAll(db.IsPostgreSql()), ct);
        if (own is not null) await own.CommitAsync(ct);
    }
}
