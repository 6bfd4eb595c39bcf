using CeasefireTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Features.Summaries;

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

    /// <summary>Computes every summary again from the records, in one transaction (readers see the old ones until it commits).</summary>
    public static async Task RebuildAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ExecuteAsync(db, SummarySql.RebuildAll(db.IsPostgreSql()), ct);
        await transaction.CommitAsync(ct);
    }
}
