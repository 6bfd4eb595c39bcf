namespace CeasefireTracker.Features.Ingestion;

public static class IngestionExtensions
{
    /// <summary>Article ingestion: languages (built in, plus <c>Ingestion:LanguagesDirectory</c>), the rules and the analyst's page.</summary>
    public static WebApplicationBuilder AddIngestion(this WebApplicationBuilder builder)
    {
        var directory = builder.Configuration["Ingestion:LanguagesDirectory"];
        builder.Services.AddSingleton(directory is null ? LanguageCatalog.BuiltIn : new LanguageCatalog(Path.Combine(builder.Environment.ContentRootPath, directory)));
        builder.Services.AddSingleton<ArticleAnalyzer>();
        builder.Services.AddScoped<IngestionRecordWriter>();
        builder.Services.AddScoped<IngestionService>();
        return builder;
    }
}
