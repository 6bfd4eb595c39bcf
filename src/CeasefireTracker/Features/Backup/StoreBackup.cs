using System.Diagnostics;
using CeasefireTracker.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CeasefireTracker.Features.Backup;

/// <summary>
/// Copies a store to one file while the app keeps serving, and puts such a file back. SQLite: <c>VACUUM INTO</c>, a
/// consistent snapshot taken inside one read transaction (writers carry on under WAL), restored with SQLite's online
/// backup API. PostgreSQL: <c>pg_dump</c>'s custom format (one consistent snapshot), restored with <c>pg_restore</c>.
/// </summary>
public static class StoreBackup
{
    public static async Task BackupAsync(DatabaseProvider provider, string connectionString, string destination, CancellationToken ct = default)
    {
        destination = Path.GetFullPath(destination);
        if (File.Exists(destination))
            throw new BackupException($"{destination} already exists: a backup never overwrites a file; choose another name.");
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);

        if (provider == DatabaseProvider.PostgreSQL)
        {
            await RunPostgreSqlToolAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-acl", $"--file={destination}"], ct);
            return;
        }

        // Without "create": a mistyped path must be refused, not answered with a new empty store and its backup.
        var store = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite };
        if (!File.Exists(store.DataSource)) throw new BackupException($"There is no store at {Path.GetFullPath(store.DataSource)}: nothing was backed up.");
        await using var connection = new SqliteConnection(store.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $destination";
        command.Parameters.AddWithValue("$destination", destination);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Replaces the store's content with the backup's. The app's instances should be stopped meanwhile.</summary>
    public static async Task RestoreAsync(DatabaseProvider provider, string connectionString, string backup, CancellationToken ct = default)
    {
        backup = Path.GetFullPath(backup);
        if (!File.Exists(backup)) throw new BackupException($"No backup at {backup}.");

        if (provider == DatabaseProvider.PostgreSQL)
        {
            // One transaction: a restore that fails half-way leaves the store as it was.
            await RunPostgreSqlToolAsync("pg_restore", connectionString,
                ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error", backup], ct);
            return;
        }

        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await source.OpenAsync(ct);
        await EnsureTrackerStoreAsync(source, backup, ct);
        await using var target = new SqliteConnection(connectionString);
        await target.OpenAsync(ct);
        source.BackupDatabase(target);
    }

    private static async Task EnsureTrackerStoreAsync(SqliteConnection source, string backup, CancellationToken ct)
    {
        await using var command = source.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        string? check;
        try
        {
            check = (string?)await command.ExecuteScalarAsync(ct);
        }
        catch (SqliteException ex)
        {
            throw new BackupException($"{backup} is not a SQLite database ({ex.SqliteErrorCode}: {ex.Message}); the store was left as it was.");
        }

        if (check != "ok") throw new BackupException($"{backup} is damaged ({check}); the store was left as it was.");
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if ((long)(await command.ExecuteScalarAsync(ct))! == 0)
            throw new BackupException($"{backup} is not a CeasefireTracker store; the store was left as it was.");
    }

    private static async Task RunPostgreSqlToolAsync(string tool, string connectionString, string[] arguments, CancellationToken ct)
    {
        // The connection goes through libpq's environment variables, so the password never shows in a process list.
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (tool == "pg_restore") start.ArgumentList.Add($"--dbname={settings.Database}");
        else start.ArgumentList.Add(settings.Database ?? "");
        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (settings.Username is { } user) start.Environment["PGUSER"] = user;
        if (settings.Password is { } password) start.Environment["PGPASSWORD"] = password;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BackupException($"{tool} was not found: install PostgreSQL's client tools (Debian: postgresql-client) of the server's version or newer.");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
                throw new BackupException($"{tool} failed (exit code {process.ExitCode}): {(await errors).Trim()}");
        }
    }
}

/// <summary>A backup or restore that could not be done, with the reason in words; nothing was changed.</summary>
public sealed class BackupException(string message) : Exception(message);
