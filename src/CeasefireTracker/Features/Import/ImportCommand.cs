using System.Security.Claims;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Commands;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Features.Import;

/// <summary>
/// <c>import --file GEDEvent_v23_1.csv --version 23.1 --user analyst@example.org [--dry-run] [--mapping NAME] [--partial]</c>:
/// the import page's dry run and import for scripts. Prints the loss report; without <c>--dry-run</c> then writes the
/// import as one audited operation under the named analyst's account. <c>--partial</c>: the file is not the whole
/// data set, so rows missing from it are not withdrawn.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";
    public const string Usage = "Usage: import --file <path> --version <data set version> --user <analyst e-mail> [--dry-run] [--mapping <saved mapping>] [--partial]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct = default)
    {
        string? Option(string name) => CommandLine.Option(args, name);
        var (path, version, email) = (Option("--file"), Option("--version"), Option("--user"));
        if (path is null || version is null || email is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"No file at {path}.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync(email) ?? await users.FindByNameAsync(email);
        if (user is null || !await users.IsInRoleAsync(user, Roles.Analyst))
        {
            await output.WriteLineAsync($"{email} is not an analyst's account: imports are written under an analyst's name.");
            return 2;
        }

        ColumnMapping? mapping = null;
        if (Option("--mapping") is { } mappingName)
        {
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(ct);
            await using (db)
            {
                var saved = await db.ImportColumnMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Name == mappingName, ct);
                mapping = saved is null ? null : ColumnMapping.FromJson(saved.Json);
            }

            if (mapping is null)
            {
                await output.WriteLineAsync($"No saved column mapping is named “{mappingName}”.");
                return 2;
            }
        }

        var request = new ImportRequest(Path.GetFullPath(path), Path.GetFileName(path), version, mapping, CompleteDataSet: !args.Contains("--partial"));
        var plan = await scope.ServiceProvider.GetRequiredService<ImportPlanner>().PlanAsync(request, ct: ct);
        foreach (var line in plan.Report.Lines()) await output.WriteLineAsync(line);
        foreach (var match in plan.Matches) await output.WriteLineAsync($"{match.Conflict}: “{match.NameInFile}” -> {match.Party} / {match.Side} ({match.How})");
        if (plan.Report.FileProblem is not null) return 1;
        if (args.Contains("--dry-run")) return 0;

        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.UserName ?? email), new Claim(ClaimTypes.Role, Roles.Analyst)], "import-command"));
        var runner = services.GetRequiredService<ImportRunner>();
        var job = await runner.EnqueueDirectAsync(request, principal, ct);
        await output.WriteLineAsync(job.Message);
        return job.Status == Domain.ImportStatus.Succeeded ? 0 : 1;
    }
}
