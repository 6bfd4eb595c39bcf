using CeasefireTracker.Components.Shared;
using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.Features.Permalinks;

/// <summary>Which record kind a permalink path names (its first segment), and the services of the record pages.</summary>
public static class RecordPageKinds
{
    // Sources have a page of their own (the source viewer), not a record page.
    private static readonly IReadOnlyList<RecordKind> WithRecordPages =
        [.. RecordKind.All.Where(k => k.ReaderPath is not null && k.ClrType != typeof(Domain.Source))];

    public static RecordKind? FromPath(string relativePath) =>
        WithRecordPages.FirstOrDefault(k => k.ReaderPath == relativePath.Split('/', '?')[0]);

    public static IServiceCollection AddRecordPages(this IServiceCollection services)
    {
        services.AddScoped<RecordPageQuery>();
        // A record's page reads no query keys: its address has one form.
        foreach (var kind in WithRecordPages) services.AddListPage($"{kind.ReaderPath}/*");
        return services;
    }
}
