using System.Globalization;

namespace CeasefireTracker.Features.Generation;

/// <summary>What the synthetic data set holds and where it goes; parsed from the <c>generate</c> command line.</summary>
public sealed record GenerationOptions
{
    /// <summary>The SQLite file to create; unused when <see cref="PostgreSqlConnectionString"/> is set.</summary>
    public string DatabasePath { get; init; } = "";

    /// <summary>
    /// Generate into this PostgreSQL database instead of a SQLite file; taken from Database__Provider=PostgreSQL and
    /// Database__ConnectionString, as the app takes them.
    /// </summary>
    public string? PostgreSqlConnectionString { get; init; }

    /// <summary>Where the records go, for messages: the file, or the PostgreSQL host and database (never the password).</summary>
    public string Target => PostgreSqlConnectionString is { } pg ? PostgreSqlTarget(new Npgsql.NpgsqlConnectionStringBuilder(pg)) : DatabasePath;

    private static string PostgreSqlTarget(Npgsql.NpgsqlConnectionStringBuilder pg) => $"PostgreSQL database {pg.Database} on {pg.Host}";

    public int Reports { get; init; } = 1_000_000;

    public int Events { get; init; } = 100_000;

    public int Statements { get; init; } = 10_000;

    public int Conflicts { get; init; } = 4;

    /// <summary>How many years each conflict's records span.</summary>
    public int Years { get; init; } = 5;

    public int Seed { get; init; } = 42;

    /// <summary>Replace an existing database file instead of refusing.</summary>
    public bool Force { get; init; }

    public const string Usage =
        "Usage: generate --database <file> (or Database__Provider=PostgreSQL and Database__ConnectionString) [--reports 1000000] [--events 100000] [--statements 10000] " +
        "[--conflicts 4] [--years 5] [--seed 42] [--force]";

    /// <summary>Reads the arguments after "generate"; returns the options, or the messages naming what is wrong.</summary>
    public static (GenerationOptions? Options, IReadOnlyList<string> Errors) Parse(IReadOnlyList<string> args,
        string? postgreSqlConnectionString = null)
    {
        var errors = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var force = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--force")
            {
                force = true;
                continue;
            }

            if (!KnownValueOptions.Contains(name))
            {
                errors.Add($"Unknown argument '{name}'.");
                if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) i++;
                continue;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                errors.Add($"{name} needs a value.");
                continue;
            }

            values[name] = args[++i];
        }

        var postgres = !string.IsNullOrWhiteSpace(postgreSqlConnectionString);
        if (postgres && values.ContainsKey("--database"))
            errors.Add("--database names a SQLite file, but Database:Provider is PostgreSQL: give one or the other.");
        if (!postgres && (!values.TryGetValue("--database", out var file) || string.IsNullOrWhiteSpace(file)))
            errors.Add("--database <file> is required: the SQLite file to create.");

        var reports = Number(values, "--reports", 1_000_000, min: 0, errors);
        var events = Number(values, "--events", 100_000, min: 0, errors);
        var statements = Number(values, "--statements", 10_000, min: 0, errors);
        var conflicts = Number(values, "--conflicts", 4, min: 1, errors, max: 50);
        var years = Number(values, "--years", 5, min: 1, errors, max: 30);
        var seed = Number(values, "--seed", 42, min: int.MinValue, errors);

        if (errors.Count > 0) return (null, errors);
        return (new GenerationOptions
        {
            DatabasePath = postgres ? "" : Path.GetFullPath(values["--database"]),
            PostgreSqlConnectionString = postgres ? postgreSqlConnectionString : null,
            Reports = reports,
            Events = events,
            Statements = statements,
            Conflicts = conflicts,
            Years = years,
            Seed = seed,
            Force = force,
        }, errors);
    }

    private static readonly HashSet<string> KnownValueOptions =
        ["--database", "--reports", "--events", "--statements", "--conflicts", "--years", "--seed"];

    private static int Number(Dictionary<string, string> values, string name, int fallback, int min, List<string> errors,
        int max = int.MaxValue)
    {
        if (!values.TryGetValue(name, out var text)) return fallback;
        if (!int.TryParse(text.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add($"{name} must be a whole number, not '{text}'.");
            return fallback;
        }

        if (value < min || value > max)
            errors.Add(max == int.MaxValue ? $"{name} must be at least {min}, not {value}." : $"{name} must be between {min} and {max}, not {value}.");
        return value;
    }
}
