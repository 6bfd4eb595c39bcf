using CeasefireTracker.Components.Shared;
using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.Features.Permalinks;

/// <summary>Which record kind a permalink path names (its first segment), and the services of the record pages.</summary>
public static class RecordPageKinds
{
    public static RecordKind? FromPath(string relativePath) => relativePath.Split('/', '?')[0] switch
    {
        "casualties" => RecordKind.BySlug("casualty-reports"),
        "events" or "statements" or "ceasefires" or "parties" => RecordKind.BySlug(relativePath.Split('/')[0]),
        _ => null,
    };

    public static IServiceCollection AddRecordPages(this IServiceCollection services) => services.AddScoped<RecordPageQuery>()
        // A record's page reads no query keys: its address has one form.
        .AddListPage("casualties/*").AddListPage("events/*").AddListPage("statements/*").AddListPage("ceasefires/*").AddListPage("parties/*");
}
