using CeasefireTracker.Data;
using CeasefireTracker.Features.Commands;
using Serilog;

namespace CeasefireTracker.Features.Backup;

/// <summary>
/// <c>backup --to FILE</c> (while the app runs) and <c>restore --from FILE</c> (with the app's instances stopped), on
/// the store the configuration names. Neither migrates nor seeds: they copy the store exactly as it is.
/// </summary>
public static class BackupCommand
{
    public const string Usage = "Usage: backup --to <file>   |   restore --from <file>   (the store is the one Database:* configures)";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] is "backup" or "restore";

    public static async Task<int> RunAsync(IConfiguration configuration, string contentRoot, string[] args, TextWriter output)
    {
        var backup = args[0] == "backup";
        var file = CommandLine.Option(args, backup ? "--to" : "--from");
        if (string.IsNullOrWhiteSpace(file))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = DataExtensions.StoreConnectionString(options, contentRoot);
        try
        {
            if (backup) await StoreBackup.BackupAsync(options.Provider, connectionString, file);
            else await StoreBackup.RestoreAsync(options.Provider, connectionString, file);
        }
        catch (BackupException ex)
        {
            await output.WriteLineAsync(ex.Message);
            return 1;
        }

        Log.Information(backup ? "Backed up the {Provider} store to {File}" : "Restored the {Provider} store from {File}", options.Provider, Path.GetFullPath(file));
        await output.WriteLineAsync(backup ? $"Backed up to {Path.GetFullPath(file)}." : $"Restored from {Path.GetFullPath(file)}.");
        return 0;
    }
}
