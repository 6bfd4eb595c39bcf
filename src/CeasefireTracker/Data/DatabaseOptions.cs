namespace CeasefireTracker.Data;

/// <summary>Where the embedded database and the seed files are; bound from the "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>SQLite file path; relative paths are under the app's content root.</summary>
    public string Path { get; set; } = "data/ceasefire-tracker.db";

    /// <summary>Folder of seed files; relative paths are under the app's base directory, where the build copies them.</summary>
    public string SeedDirectory { get; set; } = "seed-data";

    public bool SeedOnStartup { get; set; } = true;
}
