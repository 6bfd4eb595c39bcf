using System.Runtime.CompilerServices;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Features.Ceasefires;

/// <summary>
/// Ceasefires with their terms, as the ceasefires page lists them: one row per term (a ceasefire without terms has one
/// row with the term columns empty), each with the provenance of the ceasefire and of the term.
/// </summary>
public sealed class CeasefireExport(CeasefireQuery ceasefires, SourceProvenance provenance) : IExportDataset
{
    private const int Batch = 100;

    public string Name => "ceasefires";

    public string Title => "Ceasefires and their terms";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("id", "#meta+id"),
        new("record_url", "#meta+url+record"),
        new("name", "#event+name"),
        new("conflict", "#crisis+name"),
        new("mediator", "#org+name+mediator"),
        new("parties", "#org+name"),
        new("announced", "#date+announced"),
        new("in_force_from", "#date+start"),
        .. SourceProvenance.Columns,
        new("term_id", "#meta+id+term"),
        new("term_kind", "#indicator+type+term"),
        new("term_description", "#description+term"),
        .. SourceProvenance.Columns.Select(c => new ExportColumn("term_" + c.Name, c.Hxl + "+term")),
    ];

    public ExportSelection Select(IQueryCollection query, string baseUrl) =>
        new(new object(), [], ExportQuery.Values(query), baseUrl);

    public async IAsyncEnumerable<object?[]> RowsAsync(ExportSelection selection, [EnumeratorCancellation] CancellationToken ct)
    {
        var pages = ExportQuery.PagesAsync(Batch, async (number, size, ct) => (await ceasefires.ReadAsync(number, size, ct)).Cards, ct);
        await foreach (var cards in pages)
        {
            await provenance.LoadAsync(cards.SelectMany(c => c.Terms.Select(t => t.SourceId).Append(c.SourceId)), ct);
            foreach (var c in cards)
            {
                foreach (var term in c.Terms.Count == 0 ? [null] : c.Terms.Cast<CeasefireTermRow?>())
                    yield return Row(c, term, selection.BaseUrl);
            }
        }
    }

    private object?[] Row(CeasefireCard c, CeasefireTermRow? term, string baseUrl)
    {
        var row = new object?[Columns.Count];
        ReadOnlySpan<object?> own =
            [c.Id, baseUrl + $"ceasefires/{c.Id}", c.Name, c.Conflict, c.Mediator, string.Join("; ", c.Parties), c.Announced, c.InForceFrom];
        own.CopyTo(row);
        provenance.Fill(row, own.Length, c.SourceId, c.Quote, c.QuoteStart);
        if (term is null) return row;
        var termAt = own.Length + SourceProvenance.Columns.Count;
        ReadOnlySpan<object?> termOwn = [term.Id, term.Kind, term.Description];
        termOwn.CopyTo(row.AsSpan(termAt));
        provenance.Fill(row, termAt + termOwn.Length, term.SourceId, term.Quote, term.QuoteStart);
        return row;
    }

    public Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string, string)>>([]);
}
