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

    public string PagePath => "ceasefires";

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
        var width = SourceProvenance.Columns.Count;
        for (var pageNumber = 1; ; pageNumber++)
        {
            var page = await ceasefires.ReadAsync(pageNumber, Batch, ct);
            await provenance.LoadAsync(page.Cards.SelectMany(c => c.Terms.Select(t => t.SourceId).Append(c.SourceId)), ct);
            foreach (var c in page.Cards)
            {
                foreach (var term in c.Terms.Count == 0 ? [null] : c.Terms.Cast<CeasefireTermRow?>())
                {
                    var row = new object?[Columns.Count];
                    row[0] = c.Id;
                    row[1] = selection.BaseUrl + $"ceasefires/{c.Id}";
                    row[2] = c.Name;
                    row[3] = c.Conflict;
                    row[4] = c.Mediator;
                    row[5] = string.Join("; ", c.Parties);
                    row[6] = c.Announced;
                    row[7] = c.InForceFrom;
                    provenance.Fill(row, 8, c.SourceId, c.Quote, c.QuoteStart);
                    if (term is not null)
                    {
                        row[8 + width] = term.Id;
                        row[9 + width] = term.Kind;
                        row[10 + width] = term.Description;
                        provenance.Fill(row, 11 + width, term.SourceId, term.Quote, term.QuoteStart);
                    }

                    yield return row;
                }
            }

            if (page.Cards.Count < Batch) yield break;
        }
    }

    public Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string, string)>>([]);
}
