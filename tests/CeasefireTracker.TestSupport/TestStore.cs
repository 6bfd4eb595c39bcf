using CeasefireTracker.Data;
using Npgsql;

namespace CeasefireTracker.TestSupport;

/// <summary>
/// Which store the data and HTTP tests run on. SQLite unless <c>CEASEFIRE_TEST_PROVIDER=PostgreSQL</c>; PostgreSQL needs
/// a server in <c>CEASEFIRE_TEST_POSTGRES</c> (a connection string with rights to create databases, as <c>.ci/test</c>
/// sets up). Each test database on PostgreSQL is a copy of a migrated template made once per test process.
/// </summary>
public static class TestStore
{
    public const string ServerVariable = "CEASEFIRE_TEST_POSTGRES";
    public const string ProviderVariable = "CEASEFIRE_TEST_PROVIDER";

    /// <summary>Trait value (<c>[Trait("Category", TestStore.SqliteOnly)]</c>) of tests about the SQLite file itself,
    /// left out of the PostgreSQL run.</summary>
    public const string SqliteOnly = "SqliteOnly";

    /// <summary>The PostgreSQL server for tests, or null when none is given.</summary>
    public static string? PostgreSqlServer => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public static DatabaseProvider Provider { get; } =
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSQL", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSQL
            : DatabaseProvider.Sqlite;

    public static bool IsPostgreSql => Provider == DatabaseProvider.PostgreSQL;

    private static string RequiredServer => PostgreSqlServer
        ?? throw new InvalidOperationException($"{ProviderVariable}=PostgreSQL needs {ServerVariable} (a connection string to a server).");

    /// <summary>A connection string to <paramref name="database"/> on the test server.</summary>
    public static string PostgreSqlDatabase(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(RequiredServer) { Database = database, Pooling = pooling }.ToString();

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static readonly Dictionary<string, Task> Templates = [];

    /// <summary>
    /// A new database on the test server, copied from a template that <paramref name="prepare"/> filled once in this
    /// process (CREATE DATABASE ... TEMPLATE copies files: far faster than migrating each time).
    /// </summary>
    public static async Task<string> CreatePostgreSqlDatabaseAsync(string templateKind, Func<string, Task> prepare)
    {
        var template = $"ceasefire_tpl_{Environment.ProcessId}_{templateKind}";
        var name = $"ceasefire_test_{Guid.NewGuid():N}";
        await TemplateLock.WaitAsync();
        try
        {
            if (!Templates.TryGetValue(template, out var ready) || ready.IsFaulted)
                Templates[template] = ready = CreateTemplateAsync(template, prepare);
            await ready;
            // One at a time: PostgreSQL refuses a copy while another session is connected to the template.
            await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\" STRATEGY FILE_COPY");
        }
        finally
        {
            TemplateLock.Release();
        }

        return PostgreSqlDatabase(name);
    }

    /// <summary>Closes this process's pooled connections to the database and drops it.</summary>
    public static async Task DropPostgreSqlDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task CreateTemplateAsync(string template, Func<string, Task> prepare)
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE \"{template}\"");
        // Unpooled, so no connection to the template outlives its preparation.
        await prepare(PostgreSqlDatabase(template, pooling: false));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { ExecuteAsync($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)").GetAwaiter().GetResult(); }
            catch (NpgsqlException) { /* the server may be gone first (CI stops it); a throw-away cluster forgets it anyway */ }
        };
    }

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgreSqlDatabase("postgres", pooling: false));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
