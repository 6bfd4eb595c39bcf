using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CeasefireTracker.Data;

/// <summary>Healthy when the store answers a query and has no migration left to apply.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<TrackerDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
                return HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied");
            var conflicts = await db.Conflicts.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{conflicts} conflicts in the store");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read", ex);
        }
    }
}
