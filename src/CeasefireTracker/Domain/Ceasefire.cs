namespace CeasefireTracker.Domain;

public class Ceasefire : Entity, ISourced, IHasParties
{
    public int ConflictId { get; set; }

    public Conflict? Conflict { get; set; }

    public required string Name { get; set; }

    public int? MediatorPartyId { get; set; }

    public Party? MediatorParty { get; set; }

    public List<Party> Parties { get; set; } = [];

    /// <inheritdoc />
    public List<int>? PartyIds { get; set; }

    public DateTime AnnouncedAtLocal { get; set; }

    public DateTime AnnouncedAtUtc { get; set; }

    public TimePrecision AnnouncedPrecision { get; set; }

    public DateTime? InForceFromLocal { get; set; }

    public DateTime? InForceFromUtc { get; set; }

    public TimePrecision InForcePrecision { get; set; }

    /// <summary>IANA zone id the source gives or implies for both times.</summary>
    public required string TimeZoneId { get; set; }

    public TimeZoneBasis TimeZoneBasis { get; set; }

    public List<CeasefireTerm> Terms { get; set; } = [];

    public int SourceId { get; set; }

    public Source? Source { get; set; }

    public required string Quote { get; set; }

    public int QuoteStart { get; set; }
}

public class CeasefireTerm : Entity, ISourced
{
    public int CeasefireId { get; set; }

    public Ceasefire? Ceasefire { get; set; }

    public CeasefireTermKind Kind { get; set; }

    public required string Description { get; set; }

    public int SourceId { get; set; }

    public Source? Source { get; set; }

    public required string Quote { get; set; }

    public int QuoteStart { get; set; }
}
