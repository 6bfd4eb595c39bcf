namespace CeasefireTracker.TestSupport;

/// <summary>The checkout the tests and benchmarks run from: the folder holding CeasefireTracker.sln.</summary>
public static class RepositoryFolder
{
    /// <summary>The repository above the build output; throws when there is none.</summary>
    public static string Root => Above(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"CeasefireTracker.sln not found above {AppContext.BaseDirectory}");

    /// <summary>The repository above <paramref name="folder"/> (or the folder itself); null when there is none.</summary>
    public static string? Above(string folder)
    {
        var at = new DirectoryInfo(folder);
        while (at is not null && !File.Exists(Path.Combine(at.FullName, "CeasefireTracker.sln"))) at = at.Parent;
        return at?.FullName;
    }
}
