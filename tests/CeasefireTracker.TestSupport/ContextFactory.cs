using CeasefireTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.TestSupport;

/// <summary>An <see cref="IDbContextFactory{TContext}"/> over a test database's own way of making contexts.</summary>
public sealed class ContextFactory(Func<TrackerDbContext> create) : IDbContextFactory<TrackerDbContext>
{
    public TrackerDbContext CreateDbContext() => create();
}
