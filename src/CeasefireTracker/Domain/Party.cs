namespace CeasefireTracker.Domain;

/// <summary>
/// An actor in one conflict: a state, its armed forces or authorities, a mediator, a supporter, an international
/// group. <see cref="SideId"/> is the side it is aligned with; mediators and observers have none.
/// </summary>
public class Party : Entity
{
    public int ConflictId { get; set; }

    public Conflict? Conflict { get; set; }

    public required string Name { get; set; }

    /// <summary>The name as the source writes it ("L’Azerbaïdjan", "les autorités azerbaïdjanaises").</summary>
    public string? NameInSource { get; set; }

    /// <summary>Other names data sets and sources use, separated by ";" ("Government of Armenia; Armenia"); imports match on them.</summary>
    public string? Aliases { get; set; }

    public PartyKind Kind { get; set; }

    public PartyRole Role { get; set; }

    public int? SideId { get; set; }

    public Side? Side { get; set; }

    /// <summary>The state or body this party belongs to (Armenian forces belong to Armenia).</summary>
    public int? ParentPartyId { get; set; }

    public Party? ParentParty { get; set; }
}

public class Official : Entity
{
    public required string Name { get; set; }

    /// <summary>Other spellings sources use ("Serguey Lavrov" for "Sergey Lavrov").</summary>
    public string? Aliases { get; set; }

    public required string Role { get; set; }

    public int PartyId { get; set; }

    public Party? Party { get; set; }
}
