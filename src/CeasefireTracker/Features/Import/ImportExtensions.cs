namespace CeasefireTracker.Features.Import;

/// <summary>Where uploads wait between the dry run and the import, and how large they may be.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest file the import page accepts (default 512 MiB; GED's whole global file is about 300 MB).</summary>
    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Folder for uploaded files; relative paths are under the app's content root.</summary>
    public string WorkDirectory { get; set; } = "data/imports";

    /// <summary>
    /// A queued or running import whose app instance has not said it is alive for this long was stopped with its app:
    /// another instance (or this one, after a restart) takes it over. Longer than <see cref="WatchInterval"/>.
    /// </summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an instance says its imports are alive and looks for stopped ones.</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(30);
}

public static class ImportExtensions
{
    public static WebApplicationBuilder AddImport(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ImportOptions>(builder.Configuration.GetSection(ImportOptions.Section));
        builder.Services.AddScoped<ImportPlanner>();
        builder.Services.AddScoped<ImportMappings>();
        builder.Services.AddSingleton<ImportRunner>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ImportRunner>());
        return builder;
    }
}
