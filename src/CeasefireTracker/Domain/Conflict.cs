namespace CeasefireTracker.Domain;

public class Conflict : Entity
{
    public required string Name { get; set; }

    public string? Region { get; set; }

    public string? Description { get; set; }

    public DateOnly? StartedOn { get; set; }

    /// <summary>
    /// IANA zone where the conflict happens ("Asia/Baku"): a new record's time zone starts from it, marked implied.
    /// Null when the conflict spans zones or none was chosen.
    /// </summary>
    public string? TimeZoneId { get; set; }

    public List<Side> Sides { get; set; } = [];

    public List<Party> Parties { get; set; } = [];
}

/// <summary>A side of a conflict whose people casualty reports count (Azerbaijan, Armenia, or both combined).</summary>
public class Side : Entity
{
    public int ConflictId { get; set; }

    public Conflict? Conflict { get; set; }

    public required string Name { get; set; }

    public SideKind Kind { get; set; }
}
