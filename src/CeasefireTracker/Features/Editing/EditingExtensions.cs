using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Editing;

public static class EditingExtensions
{
    public static WebApplicationBuilder AddTrackerEditing(this WebApplicationBuilder builder)
    {
        builder.Services.AddEditing();
        return builder;
    }

    /// <summary>The editor, its reads and rules, and the dialogs' reference search (also what component tests of the dialogs register).</summary>
    public static IServiceCollection AddEditing(this IServiceCollection services) => services
        .AddScoped<RecordEditor>()
        .AddSingleton<EditingQueries>()
        .AddSingleton<IRecordBatchWriter, SystemRecordWriter>()
        .AddScoped<ReferenceSearch>();
}
