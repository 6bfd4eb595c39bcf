using System.Runtime.CompilerServices;
using CeasefireTracker.Features.Parties;
using CeasefireTracker.Features.Sources;

namespace CeasefireTracker.Features.Export;

/// <summary>The parties of the parties page (a few hundred rows at most: the page reads them whole, and so does this).</summary>
public sealed class PartyExport(PartyQuery parties) : IExportDataset
{
    public string Name => "parties";

    public string Title => "Parties";

    public string PagePath => "parties";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("id", "#meta+id"),
        new("record_url", "#meta+url+record"),
        new("conflict", "#crisis+name"),
        new("name", "#org+name"),
        new("name_in_source", "#org+name+source"),
        new("kind", "#org+type"),
        new("role", "#org+role"),
        new("side", "#group+name"),
        new("parent_party", "#org+name+parent"),
    ];

    public ExportSelection Select(IQueryCollection query, string baseUrl) => new(new object(), [], ExportQuery.Values(query), baseUrl);

    public async IAsyncEnumerable<object?[]> RowsAsync(ExportSelection selection, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var p in await parties.PartiesAsync(ct))
            yield return [p.Id, selection.BaseUrl + $"parties/{p.Id}", p.Conflict, p.Name, p.NameInSource, p.Kind, p.Role, p.Side, p.ParentParty];
    }

    public Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string, string)>>([]);
}

/// <summary>The officials of the parties page.</summary>
public sealed class OfficialExport(PartyQuery parties) : IExportDataset
{
    public string Name => "officials";

    public string Title => "Officials";

    public string PagePath => "parties";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("id", "#meta+id"),
        new("name", "#contact+name"),
        new("aliases", "#contact+name+alias"),
        new("role", "#contact+role"),
        new("party", "#org+name"),
    ];

    public ExportSelection Select(IQueryCollection query, string baseUrl) => new(new object(), [], ExportQuery.Values(query), baseUrl);

    public async IAsyncEnumerable<object?[]> RowsAsync(ExportSelection selection, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var o in await parties.OfficialsAsync(ct))
            yield return [o.Id, o.Name, o.Aliases, o.Role, o.Party];
    }

    public Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string, string)>>([]);
}

/// <summary>The sources page's list (without full texts: the source viewer and the API serve those).</summary>
public sealed class SourceExport(SourceQuery sources) : IExportDataset
{
    public string Name => "sources";

    public string Title => "Sources";

    public string PagePath => "sources";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("id", "#meta+id"),
        new("record_url", "#meta+url+record"),
        new("title", "#meta+source"),
        new("publisher", "#meta+source+publisher"),
        new("published_on", "#date+source"),
        new("reference_date", "#date+source+reference"),
        new("language", "#meta+lang"),
        new("citation_count", "#meta+count"),
    ];

    public ExportSelection Select(IQueryCollection query, string baseUrl) => new(new object(), [], ExportQuery.Values(query), baseUrl);

    public async IAsyncEnumerable<object?[]> RowsAsync(ExportSelection selection, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var s in await sources.ListAsync(ct))
            yield return [s.Id, selection.BaseUrl + $"sources/{s.Id}", s.Title, s.Publisher, s.PublishedOn, s.ReferenceDate, s.Language, s.CitationCount];
    }

    public Task<IReadOnlyList<(string Key, string Value)>> DescribeAsync(ExportSelection selection, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string, string)>>([]);
}
