using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Features.Parties;

public sealed record PartyRow(int Id, string Conflict, string Name, string? NameInSource, PartyKind Kind, PartyRole Role,
    string? Side, string? ParentParty);

public sealed record OfficialRow(int Id, string Name, string? Aliases, string Role, string Party);

/// <summary>Parties and officials, as the parties page and the filters of other pages list them.</summary>
public sealed class PartyQuery(IDbContextFactory<TrackerDbContext> factory)
{
    /// <summary>Id and name of every party, for filter drop-downs.</summary>
    public async Task<IReadOnlyList<Choice>> OptionsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Parties.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PartyRow>> PartiesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Parties.AsNoTracking().OrderBy(p => p.Conflict!.Name).ThenBy(p => p.Role).ThenBy(p => p.Name)
            .Select(p => new PartyRow(p.Id, p.Conflict!.Name, p.Name, p.NameInSource, p.Kind, p.Role,
                p.Side != null ? p.Side.Name : null, p.ParentParty != null ? p.ParentParty.Name : null))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<OfficialRow>> OfficialsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Officials.AsNoTracking().OrderBy(o => o.Party!.Name).ThenBy(o => o.Name)
            .Select(o => new OfficialRow(o.Id, o.Name, o.Aliases, o.Role, o.Party!.Name))
            .ToListAsync(ct);
    }
}

public static class PartyServiceExtensions
{
    public static IServiceCollection AddPartyQueries(this IServiceCollection services) => services.AddScoped<PartyQuery>().AddListPage("parties")
        .AddExportDataset<PartyExport>().AddExportDataset<OfficialExport>();
}
