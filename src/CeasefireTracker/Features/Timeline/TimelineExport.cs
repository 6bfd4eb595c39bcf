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

    public string PagePath => "timeline";

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
            foreach (var e in page.Entries)
            {
                var row = new object?[Columns.Count];
                row[0] = e.RecordType;
                row[1] = e.RecordId;
                row[2] = selection.BaseUrl + RecordPath(e);
                row[3] = e.Kind;
                row[4] = e.Title;
                row[5] = e.Description;
                row[6] = e.LocalDay;
                row[7] = e.SortUtc;
                row[8] = e.When;
                row[9] = string.Join("; ", e.Parties);
                provenance.Fill(row, 10, e.SourceId, e.Quote, e.QuoteStart);
                SourceProvenance.FillDataSet(row, 10 + SourceProvenance.Columns.Count, e.DataSetRow);
                yield return row;
            }

            cursor = page.Next;
        } while (cursor is not null);
    }

    private static string RecordPath(TimelineEntry e) => RecordKind.Of(e.RecordType.ClrType()).PageOf(e.RecordId)!;

    public async Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct)
    {
        var filter = (TimelineFilter)selection.Filter;
        var words = new List<(string, string)>();
        if (filter.PartyId is { } party) words.Add(("party", await ExportQuery.PartyNameAsync(factory, party, ct)));
        if (filter.Kind is { } kind) words.Add(("kind", kind.ToString()));
        if (filter.From is { } from) words.Add(("from", from.ToString("yyyy-MM-dd")));
        if (filter.To is { } to) words.Add(("to", to.ToString("yyyy-MM-dd")));
        return words;
    }
}
