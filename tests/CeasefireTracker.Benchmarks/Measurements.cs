using System.Globalization;

namespace CeasefireTracker.Benchmarks;

/// <summary>Command-line options of the form <c>--name value</c>, and the summary statistics the runs print.</summary>
public static class Measurements
{
    public static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Expected an option name (--name value), not '{args[i]}'.");
            options[args[i][2..]] = args[i + 1];
        }

        if (args.Length % 2 == 1) throw new ArgumentException($"{args[^1]} needs a value.");
        return options;
    }

    public static int Int(this Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Describe(IEnumerable<double> values, string unit)
    {
        var sorted = values.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"median {Percentile(sorted, 50):F1} {unit} (min {sorted[0]:F1}, p95 {Percentile(sorted, 95):F1}, max {sorted[^1]:F1}; n={sorted.Count})");
    }
}
