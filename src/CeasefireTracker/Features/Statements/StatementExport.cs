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
        var pages = ExportQuery.PagesAsync(Batch, async (number, size, ct) => (await statements.ReadAsync(filter, number, size, ct)).Rows, ct);
        await foreach (var rows in pages)
        {
            await provenance.LoadAsync(rows.Select(r => r.SourceId), ct);
            foreach (var s in rows) yield return Row(s, selection.BaseUrl);
        }
    }

    private object?[] Row(StatementRow s, string baseUrl)
    {
        var row = new object?[Columns.Count];
        ReadOnlySpan<object?> own =
            [s.Id, baseUrl + $"statements/{s.Id}", s.Speaker, s.SpeakerRole, s.OnBehalfOf, s.SaidOn, s.Text, s.Language, s.IsDirectQuote, s.Summary];
        own.CopyTo(row);
        provenance.Fill(row, own.Length, s.SourceId, s.Quote, s.QuoteStart);
        return row;
    }

    public async Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct)
    {
        var filter = (StatementFilter)selection.Filter;
        var words = new List<(string, string)>();
        if (filter.PartyId is { } party) words.Add(("party", await ExportQuery.NameAsync<Party>(factory, party, p => p.Name, ct)));
        if (filter.SpeakerId is { } speaker) words.Add(("speaker", await ExportQuery.NameAsync<Official>(factory, speaker, o => o.Name, ct)));
        return words;
    }
}
