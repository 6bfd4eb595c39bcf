using CeasefireTracker.Features.Generation;

namespace CeasefireTracker.Tests.Features.Generation;

/// <summary>
/// The small generated data set of <see cref="GeneratedDatabase"/> on the store the run is for (<see cref="TestStore"/>):
/// a SQLite file, or a PostgreSQL database on the test server; made once for a test class and dropped after it. For
/// reads whose SQL differs by store (keyset conditions), so both runs of CI check them.
/// </summary>
public sealed class GeneratedStore : IAsyncLifetime
{
    private readonly string _path = GeneratedDatabase.NewPath();

    private readonly string? _postgreSql = TestStore.IsPostgreSql ? TestStore.PostgreSqlDatabase($"ceasefire_gen_{Guid.NewGuid():N}") : null;

    public TrackerDbContext CreateContext() => _postgreSql is { } connectionString
        ? new(StoreProviders.TrackerOptions(DatabaseProvider.PostgreSQL, connectionString))
        : new(StoreProviders.TrackerOptions(DatabaseProvider.Sqlite, GeneratedDatabase.ConnectionString(_path)));

    public IDbContextFactory<TrackerDbContext> Factory => new ContextFactory(CreateContext);

    public Task InitializeAsync() => _postgreSql is { } connectionString
        ? GenerateCommand.GenerateAsync(GeneratedDatabase.Options("") with { PostgreSqlConnectionString = connectionString })
        : GenerateCommand.GenerateAsync(GeneratedDatabase.Options(_path));

    public async Task DisposeAsync()
    {
        if (_postgreSql is { } connectionString) await TestStore.DropPostgreSqlDatabaseAsync(connectionString);
        else GeneratedDatabase.Delete(_path);
    }
}
