using System.Runtime.CompilerServices;
using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Features.Statements;

/// <summary>The statements page's filtered view (party, speaker), read through <see cref="StatementQuery"/> page by page.</summary>
public sealed class StatementExport(StatementQuery statements, SourceProvenance provenance, IDbContextFactory<TrackerDbContext> factory) : IExportDataset
{
    private const int Batch = 500;

    public string Name => "statements";

    public string Title => "Statements";

    public string PagePath => "statements";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("id", "#meta+id"),
        new("record_url", "#meta+url+record"),
        new("speaker", "#contact+name"),
        new("speaker_role", "#contact+role"),
        new("on_behalf_of", "#org+name"),
        new("said_on", "#date"),
        new("text", "#description"),
        new("language", "#meta+lang"),
        new("is_direct_quote", "#meta+direct"),
        new("summary", "#description+en"),
        .. SourceProvenance.Columns,
    ];

    public ExportSelection Select(IQueryCollection query, string baseUrl)
    {
        // The same keys and the same reading as the statements page.
        var read = ListQuery.From(query);
        var (filter, _) = StatementFilter.Parse(read);
        return new ExportSelection(filter, [.. read.Problems], ExportQuery.Values(query), baseUrl);
    }

    public async IAsyncEnumerable<object?[]> RowsAsync(ExportSelection selection, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = (StatementFilter)selection.Filter;
        for (var pageNumber = 1; ; pageNumber++)
        {
            var page = await statements.ReadAsync(filter, pageNumber, Batch, ct);
            await provenance.LoadAsync(page.Rows.Select(r => r.SourceId), ct);
            foreach (var s in page.Rows)
            {
                var row = new object?[Columns.Count];
                row[0] = s.Id;
                row[1] = selection.BaseUrl + $"statements/{s.Id}";
                row[2] = s.Speaker;
                row[3] = s.SpeakerRole;
                row[4] = s.OnBehalfOf;
                row[5] = s.SaidOn;
                row[6] = s.Text;
                row[7] = s.Language;
                row[8] = s.IsDirectQuote;
                row[9] = s.Summary;
                provenance.Fill(row, 10, s.SourceId, s.Quote, s.QuoteStart);
                yield return row;
            }

            if (page.Rows.Count < Batch) yield break;
        }
    }

    public async Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct)
    {
        var filter = (StatementFilter)selection.Filter;
        var words = new List<(string, string)>();
        if (filter.PartyId is { } party) words.Add(("party", await ExportQuery.PartyNameAsync(factory, party, ct)));
        if (filter.SpeakerId is { } speaker) words.Add(("speaker", await ExportQuery.OfficialNameAsync(factory, speaker, ct)));
        return words;
    }
}
