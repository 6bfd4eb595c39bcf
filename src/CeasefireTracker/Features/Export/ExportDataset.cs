using System.Runtime.CompilerServices;

namespace CeasefireTracker.Features.Export;

/// <summary>One column of an export: its CSV/JSON name and its HXL hashtag (humanitarian data exchange).</summary>
public sealed record ExportColumn(string Name, string Hxl);

/// <summary>
/// What a download was asked for: the page's filter as its own query parsed it, the problems with the address (a
/// download of another set than asked for would mislead, so any problem refuses the export), and the filter values
/// as given, for the file name and the <c>meta</c> block.
/// </summary>
public sealed record ExportSelection(object Filter, IReadOnlyList<string> Problems, IReadOnlyList<KeyValuePair<string, string>> Values,
    string BaseUrl);

/// <summary>
/// A list page's data as a download: the same filter keys as the page, every matching row in the page's order,
/// streamed. Each list page's feature has one; <see cref="ExportEndpoints"/> writes any of them as CSV or JSON.
/// </summary>
public interface IExportDataset
{
    /// <summary>The address and file name stem: <c>/export/{Name}.csv</c>.</summary>
    string Name { get; }

    string Title { get; }

    /// <summary>The page the data set is the view of, for the citation: the page of the same name, unless the set says otherwise.</summary>
    string PagePath => Name;

    IReadOnlyList<ExportColumn> Columns { get; }

    ExportSelection Select(IQueryCollection query, string baseUrl);

    /// <summary>Each row's values in <see cref="Columns"/>' order, read as they are written (never the whole set at once).</summary>
    IAsyncEnumerable<object?[]> RowsAsync(ExportSelection selection, CancellationToken ct);

    /// <summary>The filter as words for the file name ("side", "armenia"): names rather than numbers where it has them.</summary>
    Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct);
}

/// <summary>A list page without filters (parties, officials, sources): every row, and no filter words for the file name.</summary>
public interface IUnfilteredExportDataset : IExportDataset
{
    /// <summary>Every row, read whole as the page reads it, in <see cref="IExportDataset.Columns"/>' order.</summary>
    Task<IEnumerable<object?[]>> AllRowsAsync(string baseUrl, CancellationToken ct);

    async IAsyncEnumerable<object?[]> IExportDataset.RowsAsync(ExportSelection selection, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var row in await AllRowsAsync(selection.BaseUrl, ct)) yield return row;
    }

    ExportSelection IExportDataset.Select(IQueryCollection query, string baseUrl) => new(new object(), [], ExportQuery.Values(query), baseUrl);

    Task<IReadOnlyList<(string Key, string Value)>> IExportDataset.DescribeAsync(ExportSelection selection, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string, string)>>([]);
}
