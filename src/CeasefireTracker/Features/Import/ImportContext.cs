using CeasefireTracker.Data;
using CeasefireTracker.Data.Configurations;

namespace CeasefireTracker.Features.Import;

/// <summary>How a name in the file was matched to the conflict's own sides and parties, for the analyst to confirm.</summary>
public sealed record ActorMatch(string Conflict, string NameInFile, string Party, string Side, string How);

/// <summary>
/// The conflicts, sides and parties an import maps its rows onto: loaded once, then matched by name and aliases
/// (ignoring case); what matches nothing is created in the same operation, and every decision is listed.
/// </summary>
public sealed class ImportContext
{
    private readonly Dictionary<string, Conflict> _conflicts;
    private readonly List<Side> _sides;
    private readonly List<Party> _parties;
    private readonly Dictionary<(Conflict, string), (Party? Party, Side Side)> _actors = [];
    private readonly Dictionary<Conflict, Side> _combined = [];
    private readonly Dictionary<Conflict, Party> _reporters = [];

    public List<Entity> Created { get; } = [];

    public List<ActorMatch> Matches { get; } = [];

    public required ColumnMapping Mapping { get; init; }

    public required Source DataSetSource { get; init; }

    /// <summary>Where cut text and other changes on the way in are counted.</summary>
    public ImportReport? Report { get; set; }

    /// <summary>Text longer than its column holds is cut, and the cut is counted in the report.</summary>
    public string? Fit(string? text, int max, string what)
    {
        if (text is null || text.Length <= max) return text;
        Report?.Coerce("Text cut to the length its field holds", $"{what} of {text.Length:N0} characters cut to {max:N0}");
        return Trim(text, max);
    }

    private ImportContext(List<Conflict> conflicts, List<Side> sides, List<Party> parties)
    {
        _conflicts = conflicts.GroupBy(c => Key(c.Name)).ToDictionary(g => g.Key, g => g.First());
        _sides = sides;
        _parties = parties;
    }

    public static async Task<ImportContext> LoadAsync(TrackerDbContext db, ColumnMapping mapping, string version, string fileName, CancellationToken ct)
    {
        var sourceKey = $"dataset:{mapping.Key}:{version}";
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.ExternalId == sourceKey, ct);
        var context = new ImportContext(
            await db.Conflicts.AsNoTracking().ToListAsync(ct),
            await db.Sides.AsNoTracking().ToListAsync(ct),
            await db.Parties.AsNoTracking().ToListAsync(ct))
        {
            Mapping = mapping,
            DataSetSource = source ?? new Source
            {
                ExternalId = sourceKey,
                Title = $"{mapping.DataSet} {version}",
                Publisher = mapping.Publisher,
                Url = mapping.Url,
                Language = "en",
                FullText = $"{mapping.DataSet}, version {version}, imported from the file {fileName}. Each record imported from it "
                           + "names its row in the data set and the sources the data set gives for that row.",
            },
        };
        if (source is null) context.Created.Add(context.DataSetSource);
        return context;
    }

    private Conflict? _target;

    /// <summary>Files every row under one stored conflict, whatever the file calls it; false if there is no such conflict.</summary>
    public bool Target(int conflictId)
    {
        _target = _conflicts.Values.FirstOrDefault(c => c.Id == conflictId);
        return _target is not null;
    }

    public Conflict Conflict(string name)
    {
        if (_target is not null) return _target;
        if (_conflicts.TryGetValue(Key(name), out var conflict)) return conflict;
        conflict = new Conflict { Name = Trim(name, Limits.Name), Description = $"Created by an import of {Mapping.DataSet}." };
        _conflicts[Key(name)] = conflict;
        Created.Add(conflict);
        Matches.Add(new ActorMatch(name, name, "", "", "conflict created"));
        return conflict;
    }

    /// <summary>The side (and party, when one is known or created) a name in the file stands for.</summary>
    public (Party? Party, Side Side) Actor(Conflict conflict, string name)
    {
        if (_actors.TryGetValue((conflict, Key(name)), out var known)) return known;
        (Party? Party, Side Side) result;
        var party = PartiesOf(conflict).FirstOrDefault(p => Key(p.Name) == Key(name))
                    ?? PartiesOf(conflict).FirstOrDefault(p => Aliases(p).Contains(Key(name)));
        var side = party?.SideId is { } sideId ? _sides.FirstOrDefault(s => s.Id == sideId) : party?.Side;
        if (party is not null && side is not null)
        {
            result = (party, side);
            Matches.Add(new ActorMatch(conflict.Name, name, party.Name, side.Name, Key(party.Name) == Key(name) ? "matched by name" : "matched by alias"));
        }
        else if (SidesOf(conflict).FirstOrDefault(s => s.Kind == SideKind.Single && Key(s.Name) == Key(name)) is { } namedSide)
        {
            result = (null, namedSide);
            Matches.Add(new ActorMatch(conflict.Name, name, "", namedSide.Name, "matched a side by name"));
        }
        else
        {
            var newSide = new Side { Name = Trim(name, Limits.Name), Kind = SideKind.Single, Conflict = Ref(conflict), ConflictId = conflict.Id };
            var newParty = new Party
            {
                Name = Trim(name, Limits.Name),
                Kind = name.StartsWith("Government of", StringComparison.OrdinalIgnoreCase) ? PartyKind.State : PartyKind.ArmedGroup,
                Role = PartyRole.Belligerent,
                Conflict = Ref(conflict),
                ConflictId = conflict.Id,
                Side = newSide,
            };
            Created.Add(newSide);
            Created.Add(newParty);
            _sides.Add(newSide);
            _parties.Add(newParty);
            result = (newParty, newSide);
            Matches.Add(new ActorMatch(conflict.Name, name, newParty.Name, newSide.Name, "created"));
        }

        _actors[(conflict, Key(name))] = result;
        return result;
    }

    /// <summary>The conflict's side for figures not split by side (civilians, unknown, whole event).</summary>
    public Side Combined(Conflict conflict)
    {
        if (_combined.TryGetValue(conflict, out var side)) return side;
        side = SidesOf(conflict).FirstOrDefault(s => s.Kind == SideKind.Combined);
        if (side is null)
        {
            side = new Side { Name = "All sides", Kind = SideKind.Combined, Conflict = Ref(conflict), ConflictId = conflict.Id };
            Created.Add(side);
            _sides.Add(side);
            Matches.Add(new ActorMatch(conflict.Name, "(figures not split by side)", "", side.Name, "created"));
        }

        return _combined[conflict] = side;
    }

    /// <summary>The data set as the reporting party of its figures in a conflict.</summary>
    public Party Reporter(Conflict conflict)
    {
        if (_reporters.TryGetValue(conflict, out var party)) return party;
        party = PartiesOf(conflict).FirstOrDefault(p => Key(p.Name) == Key(Mapping.DataSet) || Aliases(p).Contains(Key(Mapping.DataSet)));
        if (party is null)
        {
            party = new Party { Name = Mapping.DataSet, Kind = PartyKind.Other, Role = PartyRole.Reporter, Conflict = Ref(conflict), ConflictId = conflict.Id };
            Created.Add(party);
            _parties.Add(party);
            Matches.Add(new ActorMatch(conflict.Name, Mapping.DataSet, party.Name, "", "reporter created"));
        }

        return _reporters[conflict] = party;
    }

    /// <summary>A new record refers to a new principal by navigation, to a stored one by id only (never attached).</summary>
    public static T? Ref<T>(T principal) where T : Entity => principal.Id == 0 ? principal : null;

    private IEnumerable<Party> PartiesOf(Conflict conflict) =>
        _parties.Where(p => conflict.Id != 0 ? p.ConflictId == conflict.Id : ReferenceEquals(p.Conflict, conflict));

    private IEnumerable<Side> SidesOf(Conflict conflict) =>
        _sides.Where(s => conflict.Id != 0 ? s.ConflictId == conflict.Id : ReferenceEquals(s.Conflict, conflict));

    private static HashSet<string> Aliases(Party party) =>
        (party.Aliases ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Key).ToHashSet();

    private static string Key(string name) => name.Trim().ToLowerInvariant();

    public static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
