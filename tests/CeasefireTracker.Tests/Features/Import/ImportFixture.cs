using CeasefireTracker.Features.Import;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace CeasefireTracker.Tests.Features.Import;

/// <summary>A seeded database with the import's services, and files written to a folder of their own.</summary>
public sealed class ImportFixture : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ceasefire-import-{Guid.NewGuid():N}");

    public TestDatabase Database { get; private init; } = null!;

    public ServiceProvider Services { get; private init; } = null!;

    public ImportPlanner Planner => new(Database.Factory);

    public ImportRunner Runner => Services.GetRequiredService<ImportRunner>();

    public static async Task<ImportFixture> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database.Factory);
        services.AddScoped<AuthenticationStateProvider, ServerAuthenticationStateProvider>();
        services.AddScoped<RecordEditor>();
        services.AddScoped<ImportPlanner>();
        services.AddSingleton<ImportRunner>();
        var fixture = new ImportFixture { Database = database, Services = services.BuildServiceProvider() };
        Directory.CreateDirectory(fixture._folder);
        return fixture;
    }

    public string FilePath(string name) => Path.Combine(_folder, name);

    public string Ged(int rows, Action<int, Dictionary<string, string>>? change = null, IReadOnlyList<string>? columns = null, bool hxl = false,
        string name = "GEDEvent_v23_1.csv") =>
        GedSampleWriter.WriteFile(FilePath(name), rows, columns, change, hxl);

    public string Text(string name, string content, Encoding? encoding = null)
    {
        var path = FilePath(name);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string Bytes(string name, byte[] content)
    {
        var path = FilePath(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public async Task<int> ConflictIdAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Conflicts.Select(c => c.Id).FirstAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
