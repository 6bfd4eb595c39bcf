namespace CeasefireTracker.Domain;

/// <summary>
/// A dated happening. The time is kept as the source gives it (local wall time, its precision and its time zone);
/// <see cref="OccurredAtUtc"/> is derived from them so events of different zones sort together.
/// </summary>
public class TimelineEvent : Entity, IDataSetSourced, IPlaced, IHasParties
{
    public int ConflictId { get; set; }

    public Conflict? Conflict { get; set; }

    public EventKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateTime OccurredAtLocal { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public DateTime? EndedAtLocal { get; set; }

    public TimePrecision Precision { get; set; }

    /// <summary>IANA zone id ("Europe/Moscow").</summary>
    public required string TimeZoneId { get; set; }

    public TimeZoneBasis TimeZoneBasis { get; set; }

    public List<Party> Parties { get; set; } = [];

    /// <summary>
    /// The ceasefire this event is a milestone of: its announcement, its entry into force, or another source's claim
    /// of its time in force (kept beside the ceasefire's own time, never over it).
    /// </summary>
    public int? CeasefireId { get; set; }

    public Ceasefire? Ceasefire { get; set; }

    /// <inheritdoc />
    public List<int>? PartyIds { get; set; }

    public int SourceId { get; set; }

    public Source? Source { get; set; }

    public required string Quote { get; set; }

    public int QuoteStart { get; set; }

    public int? DataSetRowId { get; set; }

    public DataSetRow? DataSetRow { get; set; }

    public string? PlaceName { get; set; }

    public string? PlaceAdmin1 { get; set; }

    public string? PlaceAdmin2 { get; set; }

    public string? PlaceCountry { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public PlacePrecision? PlacePrecision { get; set; }
}
