namespace CeasefireTracker.Data;

/// <summary>Which store, where it is, and where the seed files are; bound from the "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The embedded SQLite file (one machine), or a PostgreSQL server (several app instances).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite file path; relative paths are under the app's content root. Ignored on PostgreSQL.</summary>
    public string Path { get; set; } = "data/ceasefire-tracker.db";

    /// <summary>
    /// PostgreSQL connection string (<c>Host=db;Database=ceasefire;Username=tracker;Password=...</c>); required when
    /// <see cref="Provider"/> is PostgreSQL. On SQLite it replaces <see cref="Path"/> when set.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder of seed files; relative paths are under the app's base directory, where the build copies them.</summary>
    public string SeedDirectory { get; set; } = "seed-data";

    public bool SeedOnStartup { get; set; } = true;

    /// <summary>How often an instance looks for changes other instances (or processes) committed to the store.</summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
