using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Export;

/// <summary>
/// The provenance columns every sourced row carries: the source's title, publisher, dates, language and address, and
/// the exact quote with its position. Sources are read in batches as rows name them (their full texts stay out), so
/// a long export holds only the sources it met, never the rows.
/// </summary>
public sealed class SourceProvenance(IDbContextFactory<TrackerDbContext> factory)
{
    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("source_id", "#meta+source+id"),
        new("source_title", "#meta+source"),
        new("source_publisher", "#meta+source+publisher"),
        new("source_published_on", "#date+source"),
        new("source_reference_date", "#date+source+reference"),
        new("source_language", "#meta+source+lang"),
        new("source_url", "#meta+url"),
        new("quote", "#meta+quote"),
        new("quote_start", "#meta+quote+start"),
        new("quote_length", "#meta+quote+length"),
    ];

    /// <summary>
    /// For records that may rest on a data set row instead of a quote (events, casualty reports): the data set, its
    /// version, the row's id and the row's own source fields; empty for a record resting on a quote.
    /// </summary>
    public static readonly IReadOnlyList<ExportColumn> DataSetColumns =
    [
        new("data_set", "#meta+dataset"),
        new("data_set_version", "#meta+dataset+version"),
        new("data_set_row_id", "#meta+dataset+row"),
        new("row_source_article", "#meta+dataset+source"),
        new("row_source_headline", "#meta+dataset+headline"),
        new("row_source_office", "#meta+dataset+office"),
        new("row_source_date", "#date+dataset+source"),
        new("row_source_original", "#meta+dataset+original"),
    ];

    /// <summary>The data set values of a row, in <see cref="DataSetColumns"/>' order, from <paramref name="at"/>.</summary>
    public static void FillDataSet(object?[] row, int at, DataSetCitation? citation)
    {
        ReadOnlySpan<object?> values =
            [citation?.DataSet, citation?.Version, citation?.RowId, citation?.Article, citation?.Headline, citation?.Office, citation?.Date, citation?.Original];
        values.CopyTo(row.AsSpan(at));
    }

    private sealed record SourceInfo(string Title, string? Publisher, DateOnly? PublishedOn, DateOnly? ReferenceDate, string Language, string? Url);

    private readonly Dictionary<int, SourceInfo> _sources = [];

    /// <summary>Reads the sources of <paramref name="sourceIds"/> not read yet.</summary>
    public async Task LoadAsync(IEnumerable<int> sourceIds, CancellationToken ct)
    {
        var missing = sourceIds.Where(id => !_sources.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0) return;
        await using var db = await factory.CreateDbContextAsync(ct);
        // Deleted sources too: a live record may still cite one, and its provenance must not go blank.
        var found = await db.Sources.IgnoreQueryFilters().AsNoTracking().Where(s => missing.Contains(s.Id))
            .Select(s => new { s.Id, Info = new SourceInfo(s.Title, s.Publisher, s.PublishedOn, s.ReferenceDate, s.Language, s.Url) })
            .ToListAsync(ct);
        foreach (var source in found) _sources[source.Id] = source.Info;
    }

    /// <summary>The provenance values of a row, in <see cref="Columns"/>' order, written into <paramref name="row"/> from <paramref name="at"/>.</summary>
    public void Fill(object?[] row, int at, int sourceId, string quote, int quoteStart)
    {
        _sources.TryGetValue(sourceId, out var s);
        ReadOnlySpan<object?> values = [sourceId, s?.Title, s?.Publisher, s?.PublishedOn, s?.ReferenceDate, s?.Language, s?.Url, quote, quoteStart, quote.Length];
        values.CopyTo(row.AsSpan(at));
    }
}
