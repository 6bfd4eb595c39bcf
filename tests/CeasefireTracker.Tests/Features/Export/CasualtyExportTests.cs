using CeasefireTracker.Components.Shared;
using System.Runtime.CompilerServices;
using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Export;
using CeasefireTracker.Tests.Features.Generation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CeasefireTracker.Tests.Features.Export;

/// <summary>The export against the grid on a generated store: the same rows, in the same order, for the same address.</summary>
public sealed class CasualtyExportTests(GeneratedDatabase generated) : IClassFixture<GeneratedDatabase>
{
    [Theory]
    [InlineData("")]
    [InlineData("sort=side&dir=asc")]
    [InlineData("kind=Killed&sort=figure")]
    [InlineData("category=Civilian&from=2025-03-01&to=2025-09-30&sort=reporter&dir=desc")]
    [InlineData("side=3&qualifier=AtLeast")]
    public async Task TheExportListsExactlyTheRowsTheGridPagesThroughInItsOrder(string address)
    {
        var query = new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(address));
        var export = new CasualtyExport(generated.Factory, new SourceProvenance(generated.Factory));
        var selection = export.Select(query, "http://localhost/");
        Assert.Empty(selection.Problems);

        var exported = new List<int>();
        await foreach (var row in export.RowsAsync(selection, CancellationToken.None)) exported.Add((int)row[0]!);

        var (filter, _) = CasualtyQueryString.Parse(ListQuery.From(query));
        var grid = new CasualtyReportQuery(generated.Factory);
        var shown = new List<int>();
        for (var page = 1; ; page++)
        {
            var rows = (await grid.GetPageAsync(filter with { Page = page, PageSize = CasualtyFilter.MaxPageSize })).Rows;
            if (rows.Count == 0) break;
            shown.AddRange(rows.Select(r => r.Id));
        }

        Assert.NotEmpty(shown);
        Assert.Equal(shown, exported);
    }


    [Fact]
    public async Task AnExportStopsWhenTheClientGoesAway()
    {
        using var cancel = new CancellationTokenSource();
        var produced = 0;
        async IAsyncEnumerable<object?[]> Endless([EnumeratorCancellation] CancellationToken ct = default)
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (++produced == 5_000) await cancel.CancelAsync();
                await Task.Yield();
                yield return [produced];
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ExportWriter.WriteCsvAsync(Stream.Null, [new ExportColumn("n", "#n")], Endless(), hxl: false, cancel.Token));
        Assert.InRange(produced, 5_000, 5_001);
    }
}
