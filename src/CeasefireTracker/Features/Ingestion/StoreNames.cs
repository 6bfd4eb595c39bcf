using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Ingestion;

public sealed record KnownSide(int Id, string Name, SideKind Kind);

public sealed record KnownParty(int Id, string Name, string? NameInSource, PartyKind Kind, PartyRole Role, int? SideId);

public sealed record KnownOfficial(int Id, string Name, string? Aliases, string Role, int PartyId);

/// <summary>The sides, parties and officials of one conflict, so proposals name what the store already holds.</summary>
public sealed class StoreNames
{
    public static StoreNames Empty { get; } = new([], [], []);

    public StoreNames(IReadOnlyList<KnownSide> sides, IReadOnlyList<KnownParty> parties, IReadOnlyList<KnownOfficial> officials)
    {
        Sides = sides;
        Parties = parties;
        Officials = officials;
    }

    public IReadOnlyList<KnownSide> Sides { get; }
    public IReadOnlyList<KnownParty> Parties { get; }
    public IReadOnlyList<KnownOfficial> Officials { get; }

    public static async Task<StoreNames> LoadAsync(TrackerDbContext db, int conflictId, CancellationToken ct = default)
    {
        var sides = await db.Sides.AsNoTracking().Where(s => s.ConflictId == conflictId)
            .Select(s => new KnownSide(s.Id, s.Name, s.Kind)).ToListAsync(ct);
        var parties = await db.Parties.AsNoTracking().Where(p => p.ConflictId == conflictId)
            .Select(p => new KnownParty(p.Id, p.Name, p.NameInSource, p.Kind, p.Role, p.SideId)).ToListAsync(ct);
        var officials = await db.Officials.AsNoTracking().Where(o => o.Party!.ConflictId == conflictId)
            .Select(o => new KnownOfficial(o.Id, o.Name, o.Aliases, o.Role, o.PartyId)).ToListAsync(ct);
        return new StoreNames(sides, parties, officials);
    }

    public KnownSide? Side(string countryKey, IEnumerable<string> otherNames) =>
        Sides.FirstOrDefault(s => s.Kind == SideKind.Single && Same(s.Name, countryKey))
        ?? Sides.FirstOrDefault(s => s.Kind == SideKind.Single && otherNames.Any(n => Same(s.Name, n)));

    public KnownSide? CombinedSide => Sides.FirstOrDefault(s => s.Kind == SideKind.Combined);

    public KnownParty? Party(string name, string? nameInSource) =>
        Parties.FirstOrDefault(p => Same(p.Name, name))
        ?? (nameInSource is null ? null : Parties.FirstOrDefault(p => p.NameInSource is not null && Same(WithoutArticle(p.NameInSource), WithoutArticle(nameInSource))));

    public KnownParty? PartyById(int id) => Parties.FirstOrDefault(p => p.Id == id);

    public KnownSide? SideById(int? id) => id is null ? null : Sides.FirstOrDefault(s => s.Id == id);

    public static bool Same(string a, string b) =>
        string.Equals(ArticleText.Normalize(a.Trim()), ArticleText.Normalize(b.Trim()), StringComparison.Ordinal);

    /// <summary>"Les autorités azerbaïdjanaises" and "autorités azerbaïdjanaises" name the same party.</summary>
    public static string WithoutArticle(string name)
    {
        var n = ArticleText.Normalize(name.Trim());
        foreach (var article in new[] { "les ", "le ", "la ", "l'", "the ", "des ", "du " })
            if (n.StartsWith(article, StringComparison.Ordinal)) return n[article.Length..];
        return n;
    }
}
