using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Features.Parties;

/// <summary>The parties of the parties page (a few hundred rows at most: the page reads them whole, and so does this).</summary>
public sealed class PartyExport(PartyQuery parties) : IUnfilteredExportDataset
{
    public string Name => "parties";

    public string Title => "Parties";

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

    public async Task<IEnumerable<object?[]>> AllRowsAsync(string baseUrl, CancellationToken ct) =>
        (await parties.PartiesAsync(ct)).Select(p => new object?[]
            { p.Id, baseUrl + $"parties/{p.Id}", p.Conflict, p.Name, p.NameInSource, p.Kind, p.Role, p.Side, p.ParentParty });
}

/// <summary>The officials of the parties page.</summary>
public sealed class OfficialExport(PartyQuery parties) : IUnfilteredExportDataset
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

    public async Task<IEnumerable<object?[]>> AllRowsAsync(string baseUrl, CancellationToken ct) =>
        (await parties.OfficialsAsync(ct)).Select(o => new object?[] { o.Id, o.Name, o.Aliases, o.Role, o.Party });
}
