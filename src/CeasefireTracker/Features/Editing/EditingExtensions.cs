namespace CeasefireTracker.Features.Editing;

public static class EditingExtensions
{
    public static WebApplicationBuilder AddTrackerEditing(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RecordEditor>();
        builder.Services.AddScoped<ReferenceSearch>();
        return builder;
    }
}
