using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Editing;

public static class EditingExtensions
{
    public static WebApplicationBuilder AddTrackerEditing(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RecordEditor>();
        builder.Services.AddSingleton<EditingQueries>();
        builder.Services.AddSingleton<IRecordRules, RecordRules>();
        builder.Services.AddScoped<ReferenceSearch>();
        return builder;
    }
}
