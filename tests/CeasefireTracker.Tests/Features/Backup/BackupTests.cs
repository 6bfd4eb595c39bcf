using CeasefireTracker.Features.Backup;
using Microsoft.Extensions.Configuration;

namespace CeasefireTracker.Tests.Features.Backup;

/// <summary>
/// A store is backed up while it is being written (SQLite's VACUUM INTO, pg_dump) and restored into another store
/// (SQLite's online backup, pg_restore): the copy is the store as it was at one moment, whole.
/// </summary>
public sealed class BackupTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ceasefire-backup-{Guid.NewGuid():N}");
    private TestDatabase _store = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _store = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ABackupTakenWhileWritesGoOnRestoresTheStoreAsItWasWhenTaken()
    {
        await SetNotesAsync(_store, "before the backup");
        var expected = await CountsAsync(_store);

        // A writer keeps adding notes' versions while the backup runs: the backup must neither block nor tear.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++) await SetNotesAsync(_store, $"during the backup {i}");
        });
        var file = Path.Combine(_folder, "store.backup");
        await SetNotesAsync(_store, "before the backup");
        await StoreBackup.BackupAsync(_store.Provider, _store.ConnectionString, file);
        await stop.CancelAsync();
        await writer;
        await SetNotesAsync(_store, "after the backup");

        await using var restored = await TestDatabase.CreateAsync(seed: false);
        Assert.Equal(0, (await CountsAsync(restored)).Reports);
        await StoreBackup.RestoreAsync(restored.Provider, restored.ConnectionString, file);

        var counts = await CountsAsync(restored);
        Assert.Equal(expected.Reports, counts.Reports);
        Assert.Equal(expected.Sources, counts.Sources);
        Assert.Equal(expected.SourceText, counts.SourceText);
        await using var db = restored.CreateContext();
        var notes = await db.CasualtyReports.Where(r => r.Id == 1).Select(r => r.Notes).SingleAsync();
        Assert.True(notes is "before the backup" || notes!.StartsWith("during the backup", StringComparison.Ordinal), notes);
    }

    [Fact]
    public async Task ABackupNeverOverwritesAFile()
    {
        var file = Path.Combine(_folder, "taken.backup");
        await File.WriteAllTextAsync(file, "something else");

        var refusal = await Assert.ThrowsAsync<BackupException>(() => StoreBackup.BackupAsync(_store.Provider, _store.ConnectionString, file));

        Assert.Contains("already exists", refusal.Message);
        Assert.Equal("something else", await File.ReadAllTextAsync(file));
    }

    [Fact, Trait("Category", TestStore.SqliteOnly)]
    public async Task BackingUpAStoreThatDoesNotExistIsRefusedAndCreatesNothing()
    {
        var missing = Path.Combine(_folder, "no-store.db");
        var file = Path.Combine(_folder, "of-nothing.backup");

        var refusal = await Assert.ThrowsAsync<BackupException>(() =>
            StoreBackup.BackupAsync(DatabaseProvider.Sqlite, $"Data Source={missing};Pooling=False", file));

        Assert.Contains(missing, refusal.Message);
        Assert.False(File.Exists(missing));
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task RestoringAFileThatIsNoBackupLeavesTheStoreAsItWas()
    {
        var file = Path.Combine(_folder, "not-a-backup");
        await File.WriteAllTextAsync(file, "these are not the pages of a database");
        var before = await CountsAsync(_store);

        await Assert.ThrowsAsync<BackupException>(() => StoreBackup.RestoreAsync(_store.Provider, _store.ConnectionString, file));

        Assert.Equal(before, await CountsAsync(_store));
    }

    [Fact]
    public async Task TheBackupCommandBacksUpTheConfiguredStore()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _store.Provider.ToString(),
            ["Database:ConnectionString"] = _store.ConnectionString,
        }).Build();
        var file = Path.Combine(_folder, "by-command.backup");
        var output = new StringWriter();

        var exit = await BackupCommand.RunAsync(configuration, _folder, ["backup", "--to", file], output);

        Assert.Equal(0, exit);
        Assert.Contains("Backed up to", output.ToString());
        Assert.True(new FileInfo(file).Length > 0);
        Assert.Equal(2, await BackupCommand.RunAsync(configuration, _folder, ["restore"], new StringWriter()));
    }

    private static async Task SetNotesAsync(TestDatabase store, string notes)
    {
        await using var db = store.CreateContext();
        await db.CasualtyReports.Where(r => r.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(r => r.Notes, notes));
    }

    private static async Task<(int Reports, int Sources, int SourceText)> CountsAsync(TestDatabase store)
    {
        await using var db = store.CreateContext();
        return (await db.CasualtyReports.CountAsync(), await db.Sources.CountAsync(),
            await db.Sources.SumAsync(s => s.FullText.Length));
    }
}
