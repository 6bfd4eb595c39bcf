namespace CeasefireTracker.Features.Commands;

/// <summary>
/// What the command line asks for: <see cref="Command"/> (null: serve), the arguments with the command moved first
/// (each command reads its own options by name), or an <see cref="Error"/> to print instead of starting anything.
/// </summary>
public sealed record CommandLineRead(string? Command, IReadOnlyList<string> Arguments, string? Error);

public static class CommandLine
{
    public static readonly string[] Commands = ["create-admin", "import", "generate", "evaluate-ingestion", "backup", "restore", "rebuild-summaries"];

    /// <summary>
    /// Finds the command anywhere among the arguments, so host options may come first (<c>--urls x create-admin</c>).
    /// A word that is neither a command nor an option's value is refused: a mistyped command must not start a second
    /// server beside the one already running.
    /// </summary>
    public static CommandLineRead Read(string[] args)
    {
        var named = args.Where(Commands.Contains).Distinct().ToList();
        if (named.Count > 1)
            return new(null, args, $"Give one command, not {string.Join(" and ", named)}. Commands: {string.Join(", ", Commands)}.");
        if (named.Count == 1)
        {
            var command = named[0];
            var at = Array.IndexOf(args, command);
            return new(command, [command, .. args[..at], .. args[(at + 1)..]], null);
        }

        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-'))
            {
                // "--urls x" takes the next word as its value; "--urls=x" and a flag before another option do not.
                if (!arg.Contains('=') && i + 1 < args.Length && !args[i + 1].StartsWith('-')) i++;
                continue;
            }

            return new(null, args, $"\"{arg}\" is not a command. Commands: {string.Join(", ", Commands)}; " +
                                   "with none, the server starts (host options such as --urls may be given either way).");
        }

        return new(null, args, null);
    }

    /// <summary>The value after option <paramref name="name"/> (<c>--file x.csv</c>), or null when it is not given.</summary>
    public static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i + 1 < args.Count; i++)
            if (args[i] == name) return args[i + 1];
        return null;
    }
}
