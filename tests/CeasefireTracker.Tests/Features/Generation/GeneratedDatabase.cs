using CeasefireTracker.Features.Generation;
using Microsoft.Data.Sqlite;

namespace CeasefireTracker.Tests.Features.Generation;

/// <summary>A small generated database, made once for the generator tests and deleted after them.</summary>
public sealed class GeneratedDatabase : IAsyncLifetime
{
    public static GenerationOptions Options(string path, int seed = 7) => new()
    {
        DatabasePath = path, Reports = 3_000, Events = 400, Statements = 60, Conflicts = 2, Years = 1, Seed = seed,
    };

    public string Path { get; } = NewPath();

    public GenerationSummary Summary { get; private set; } = null!;

    public static string NewPath() => System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ceasefire-gen-{Guid.NewGuid():N}.db");

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    public TrackerDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(ConnectionString(Path)).Options);

    public IDbContextFactory<TrackerDbContext> Factory => new ContextFactory(CreateContext);

    public async Task InitializeAsync() => Summary = await GenerateCommand.GenerateAsync(Options(Path));

    public Task DisposeAsync()
    {
        Delete(Path);
        return Task.CompletedTask;
    }

    public static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(path + suffix);
    }
}
