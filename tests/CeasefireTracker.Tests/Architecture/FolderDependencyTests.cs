namespace CeasefireTracker.Tests.Architecture;

/// <summary>
/// The arrows between the app's folders run one way: a feature may use the shell (Components), Data, Domain and the
/// features below it, never one that uses it back. Read from the source text (C# and Razor), where a reference is a
/// namespace: <c>CeasefireTracker.Features.Export</c>. A feature may keep tables of its own (its entity configuration is
/// found by the context): that is the feature using Data, not Data using it.
/// </summary>
public partial class FolderDependencyTests
{
    [Fact]
    public void NoTwoFoldersDependOnEachOther()
    {
        var graph = Graph();
        var cycles = (from user in graph.Keys
                      from used in graph[user]
                      where Reaches(graph, used, user)
                      select $"{user} -> {used} -> ... -> {user}").ToList();
        Assert.Empty(cycles);
    }

    [Fact]
    public void DataAndDomainKnowNoFeatureAndNoPage()
    {
        var graph = Graph();
        Assert.Equal(["Domain"], graph["Data"]);
        Assert.Empty(graph.GetValueOrDefault("Domain", []));
    }

    [Fact]
    public void TheShellKnowsOnlyTheSignInAndTheSecurityHeadersOfTheFeatures()
    {
        var shellUses = Graph()["Components"].Where(f => f.StartsWith("Features/", StringComparison.Ordinal));
        Assert.Equal(["Features/Account", "Features/Security"], shellUses.Order());
    }

    [Fact]
    public void TheGraphIsReadFromTheWholeApp()
    {
        // A graph read from nowhere would pass every test above.
        var graph = Graph();
        Assert.Contains("Features/Casualties", graph.Keys);
        Assert.Contains("Features/Export", graph["Features/Casualties"]);
        Assert.True(graph.Count > 15, $"only {graph.Count} folders found");
    }

    private static bool Reaches(IReadOnlyDictionary<string, SortedSet<string>> graph, string from, string to)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>([from]);
        while (next.TryPop(out var folder))
        {
            if (folder == to) return true;
            if (!seen.Add(folder)) continue;
            foreach (var used in graph.GetValueOrDefault(folder, [])) next.Push(used);
        }

        return false;
    }

    /// <summary>Each top-level folder (each feature apart) and the folders its files name.</summary>
    private static Dictionary<string, SortedSet<string>> Graph()
    {
        var app = Path.Combine(RepositoryFolder.Root, "src", "CeasefireTracker");
        var graph = new Dictionary<string, SortedSet<string>>();
        var files = Directory.EnumerateFiles(app, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        // Generated migrations name every entity type by its full name, features' own tables included.
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"));
        foreach (var file in files)
        {
            var parts = Path.GetRelativePath(app, file).Split(Path.DirectorySeparatorChar);
            if (parts.Length < 2) continue; // Program.cs and _Imports.razor wire everything together.
            var folder = parts[0] == "Features" ? $"Features/{parts[1]}" : parts[0];
            var uses = graph.TryGetValue(folder, out var set) ? set : graph[folder] = [];
            foreach (Match m in Reference().Matches(File.ReadAllText(file)))
            {
                var used = m.Groups["feature"].Success ? $"Features/{m.Groups["feature"].Value}" : m.Groups["top"].Value;
                if (used != folder) uses.Add(used);
            }
        }

        return graph;
    }

    [GeneratedRegex(@"CeasefireTracker\.(?:Features\.(?<feature>\w+)|(?<top>Components|Data|Domain)\b)")]
    private static partial Regex Reference();
}
