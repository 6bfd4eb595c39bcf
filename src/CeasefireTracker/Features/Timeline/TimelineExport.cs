using System.Runtime.CompilerServices;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Editing;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Features.Timeline;

/// <summary>The timeline's filtered view, read through <see cref="TimelineQuery"/> a keyset page at a time: the rows the page shows, in its order.</summary>
public sealed class TimelineExport(TimelineQuery timeline, SourceProvenance provenance, IDbContextFactory<TrackerDbContext> factory) : IExportDataset
{
    private const int Batch = 500;

    public string Name => "timeline";

    public string Title => "Timeline";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("record_type", "#meta+type"),
        new("id", "#meta+id"),
        new("record_url", "#meta+url+record"),
        new("kind", "#event+type"),
        new("title", "#event+name"),
        new("description", "#description"),
        new("local_day", "#date"),
        new("sort_utc", "#date+utc"),
        new("when", "#date+text"),
        new("parties", "#org+name"),
        .. SourceProvenance.Columns,
        .. SourceProvenance.DataSetColumns,
    ];

    public ExportSelection Select(IQueryCollection query, string baseUrl)
    {
        var filter = TimelineFilter.Parse(ExportQuery.Get(query, "party"), ExportQuery.Get(query, "kind"), ExportQuery.Get(query, "from"),
            ExportQuery.Get(query, "to"), out var problems);
        return new ExportSelection(filter, problems, ExportQuery.Values(query), baseUrl);
    }

    public async IAsyncEnumerable<object?[]> RowsAsync(ExportSelection selection, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = (TimelineFilter)selection.Filter;
        TimelineCursor? cursor = null;
        do
        {
            var page = await timeline.ReadAsync(filter, Batch, cursor, ct);
            await provenance.LoadAsync(page.Entries.Select(e => e.SourceId), ct);
            foreach (var e in page.Entries) yield return Row(e, selection.BaseUrl);
            cursor = page.Next;
        } while (cursor is not null);
    }

    private object?[] Row(TimelineEntry e, string baseUrl)
    {
        var row = new object?[Columns.Count];
        ReadOnlySpan<object?> own =
            [e.RecordType, e.RecordId, baseUrl + RecordPath(e), e.Kind, e.Title, e.Description, e.LocalDay, e.SortUtc, e.When, string.Join("; ", e.Parties)];
        own.CopyTo(row);
        provenance.Fill(row, own.Length, e.SourceId, e.Quote, e.QuoteStart);
        SourceProvenance.FillDataSet(row, own.Length + SourceProvenance.Columns.Count, e.DataSetRow);
        return row;
    }

    private static string RecordPath(TimelineEntry e) => RecordKind.Of(e.RecordType.ClrType()).PageOf(e.RecordId)!;

    public async Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct)
    {
        var filter = (TimelineFilter)selection.Filter;
        var words = new List<(string, string)>();
        if (filter.PartyId is { } party) words.Add(("party", await ExportQuery.NameAsync<Party>(factory, party, p => p.Name, ct)));
        if (filter.Kind is { } kind) words.Add(("kind", kind.ToString()));
        if (filter.From is { } from) words.Add(("from", from.ToString("yyyy-MM-dd")));
        if (filter.To is { } to) words.Add(("to", to.ToString("yyyy-MM-dd")));
        return words;
    }
}
