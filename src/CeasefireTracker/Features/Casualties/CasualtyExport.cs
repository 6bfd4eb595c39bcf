using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Features.Casualties;

/// <summary>
/// The casualty grid's filtered view with every provenance field. One SQL query streams the rows in the grid's order
/// (<see cref="CasualtyReportQuery.Apply"/> and <see cref="CasualtyReportQuery.Order"/>), with the source's columns
/// joined in: a million rows are read as they are written.
/// </summary>
public sealed class CasualtyExport(IDbContextFactory<TrackerDbContext> factory, SourceProvenance provenance) : IExportDataset
{
    public string Name => "casualties";

    public string Title => "Casualty reports";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("id", "#meta+id"),
        new("external_id", "#meta+id+external"),
        new("record_url", "#meta+url+record"),
        new("conflict", "#crisis+name"),
        new("affected_side", "#group+name+affected"),
        new("reporter", "#org+name+reporter"),
        new("category", "#affected+type"),
        new("kind", "#affected+kind"),
        new("low", "#affected+num+min"),
        new("best", "#affected+num"),
        new("high", "#affected+num+max"),
        new("qualifier", "#meta+qualifier"),
        new("basis", "#meta+basis"),
        new("included_in_report_id", "#meta+included_in"),
        new("period_start", "#date+start"),
        new("period_end", "#date+end"),
        new("notes", "#meta+notes"),
        .. SourceProvenance.Columns,
        .. SourceProvenance.DataSetColumns,
        new("updated_at_utc", "#date+updated"),
    ];

    public ExportSelection Select(IQueryCollection query, string baseUrl)
    {
        // The page's own reader of its address, so an export's rows are the page's rows.
        var read = ListQuery.From(query);
        var (filter, _) = CasualtyQueryString.Parse(read);
        var conflict = read.PositiveInt("conflict", "every conflict would be exported");
        return new ExportSelection(filter with { ConflictId = conflict }, [.. read.Problems], ExportQuery.Values(query), baseUrl);
    }

    public async IAsyncEnumerable<object?[]> RowsAsync(ExportSelection selection, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filter = (CasualtyFilter)selection.Filter;
        await using var db = await factory.CreateDbContextAsync(ct);
        // Names of the few conflicts, sides and parties up front, sources and data set rows a batch at a time: the row
        // query joins nothing, so a million rows cost one index walk, not five lookups each.
        var conflicts = await db.Conflicts.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var sides = await db.Sides.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var parties = await db.Parties.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var rows = CasualtyReportQuery.Order(CasualtyReportQuery.Apply(db.CasualtyReports.AsNoTracking(), filter), filter.Sort, filter.Descending)
            .Select(r => new
            {
                r.Id, r.ExternalId, r.ConflictId, r.AffectedSideId, r.ReportingPartyId,
                r.Category, r.Kind, r.Low, r.BestEstimate, r.High, r.Qualifier, r.Basis, r.IncludedInReportId, r.PeriodStart,
                r.PeriodEnd, r.Notes, r.SourceId, r.Quote, r.QuoteStart, r.UpdatedAtUtc, r.DataSetRowId,
            })
            .AsAsyncEnumerable();
        var recordBase = selection.BaseUrl + "casualties/";
        var dataSetAt = Columns.Count - 1 - SourceProvenance.DataSetColumns.Count;
        var batch = new List<object?[]>(Batch);
        var batchSources = new List<int>(Batch);
        var batchRows = new List<(object?[] Row, int DataSetRowId)>();
        await foreach (var r in rows.WithCancellation(ct))
        {
            // The source's own columns (null here) are filled once the batch's sources are read.
            object?[] row =
            [
                r.Id, r.ExternalId, recordBase + r.Id, conflicts.GetValueOrDefault(r.ConflictId), sides.GetValueOrDefault(r.AffectedSideId),
                parties.GetValueOrDefault(r.ReportingPartyId), r.Category, r.Kind, r.Low, r.BestEstimate, r.High,
                r.Qualifier, r.Basis, r.IncludedInReportId, r.PeriodStart, r.PeriodEnd, r.Notes,
                r.SourceId, null, null, null, null, null, null, r.Quote, r.QuoteStart, r.Quote.Length,
                null, null, null, null, null, null, null, null, r.UpdatedAtUtc,
            ];
            batch.Add(row);
            if (r.DataSetRowId is { } dataSetRowId) batchRows.Add((row, dataSetRowId));
            batchSources.Add(r.SourceId);
            if (batch.Count < Batch) continue;
            foreach (var ready in await FlushAsync()) yield return ready;
        }

        foreach (var ready in await FlushAsync()) yield return ready;

        async Task<List<object?[]>> FlushAsync()
        {
            await provenance.LoadAsync(batchSources, ct);
            foreach (var row in batch) provenance.Fill(row, ProvenanceAt, (int)row[ProvenanceAt]!, (string)row[ProvenanceAt + 7]!, (int)row[ProvenanceAt + 8]!);
            if (batchRows.Count > 0)
            {
                // A context of its own: the export's is still reading rows.
                var ids = batchRows.Select(b => b.DataSetRowId).Distinct().ToList();
                await using var rowsDb = await factory.CreateDbContextAsync(ct);
                var citations = await rowsDb.DataSetRows.AsNoTracking().Where(d => ids.Contains(d.Id))
                    .Select(d => new { d.Id, Citation = new DataSetCitation(d.DataSet, d.DataSetVersion, d.RowId, d.SourceArticle, d.SourceHeadline,
                        d.SourceOffice, d.SourceDate, d.SourceOriginal) })
                    .ToDictionaryAsync(d => d.Id, d => d.Citation, ct);
                foreach (var (row, id) in batchRows) SourceProvenance.FillDataSet(row, dataSetAt, citations.GetValueOrDefault(id));
                batchRows.Clear();
            }
            var ready = batch;
            batch = new List<object?[]>(Batch);
            batchSources.Clear();
            return ready;
        }
    }

    private const int Batch = 1000;

    // Where SourceProvenance's columns start in a row.
    private const int ProvenanceAt = 17;

    public async Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct)
    {
        var filter = (CasualtyFilter)selection.Filter;
        await using var db = await factory.CreateDbContextAsync(ct);
        var words = new List<(string, string)>();
        if (filter.ConflictId is { } conflict) words.Add(("conflict", await ExportQuery.NameAsync<Conflict>(db, conflict, c => c.Name, ct)));
        if (filter.SideId is { } side) words.Add(("side", await ExportQuery.NameAsync<Side>(db, side, s => s.Name, ct)));
        if (filter.ReporterId is { } reporter) words.Add(("reporter", await ExportQuery.NameAsync<Party>(db, reporter, p => p.Name, ct)));
        if (filter.Category is { } category) words.Add(("category", category.ToString()));
        if (filter.Kind is { } kind) words.Add(("kind", kind.ToString()));
        if (filter.Qualifier is { } qualifier) words.Add(("qualifier", qualifier.ToString()));
        if (filter.From is { } from) words.Add(("from", from.ToString("yyyy-MM-dd")));
        if (filter.To is { } to) words.Add(("to", to.ToString("yyyy-MM-dd")));
        return words;
    }
}
