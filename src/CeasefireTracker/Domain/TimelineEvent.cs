namespace CeasefireTracker.Domain;

/// <summary>
/// A dated happening. The time is kept as the source gives it (local wall time, its precision and its time zone);
/// <see cref="OccurredAtUtc"/> is derived from them so events of different zones sort together.
/// </summary>
public class TimelineEvent : DataSetSourcedRecord, IHasParties
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
}
