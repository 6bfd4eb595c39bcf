using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Features.Sources;

/// <summary>The sources page's list (without full texts: the source viewer and the API serve those).</summary>
public sealed class SourceExport(SourceQuery sources) : IUnfilteredExportDataset
{
    public string Name => "sources";

    public string Title => "Sources";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("id", "#meta+id"),
        new("record_url", "#meta+url+record"),
        new("title", "#meta+source"),
        new("publisher", "#meta+source+publisher"),
        new("published_on", "#date+source"),
        new("reference_date", "#date+source+reference"),
        new("language", "#meta+lang"),
        new("citation_count", "#meta+count"),
    ];

    public async Task<IEnumerable<object?[]>> AllRowsAsync(string baseUrl, CancellationToken ct) =>
        (await sources.ListAsync(ct)).Select(s => new object?[]
            { s.Id, baseUrl + $"sources/{s.Id}", s.Title, s.Publisher, s.PublishedOn, s.ReferenceDate, s.Language, s.CitationCount });
}
