namespace CeasefireTracker.Data;

/// <summary>The one place that turns a provider and a connection string into EF options (app, tests, commands).</summary>
public static class StoreProviders
{
    public static DbContextOptionsBuilder UseTrackerStore(this DbContextOptionsBuilder builder, DatabaseProvider provider,
        string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => builder.UseSqlite(connectionString),
        DatabaseProvider.PostgreSQL => builder.UseNpgsql(connectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Database:Provider is Sqlite or PostgreSQL."),
    };

    public static DbContextOptions<TrackerDbContext> TrackerOptions(DatabaseProvider provider, string connectionString) =>
        (DbContextOptions<TrackerDbContext>)new DbContextOptionsBuilder<TrackerDbContext>().UseTrackerStore(provider, connectionString).Options;

    public static bool IsPostgreSql(this TrackerDbContext db) => db.Database.IsNpgsql();
}
