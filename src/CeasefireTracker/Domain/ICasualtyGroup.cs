namespace CeasefireTracker.Domain;

/// <summary>
/// The columns a casualty figure is grouped by: a report's own, and those of the summaries kept per group, so that
/// one filter on them serves the records and the summaries alike.
/// </summary>
public interface ICasualtyGroup
{
    int ConflictId { get; }
    int AffectedSideId { get; }
    int ReportingPartyId { get; }
    CasualtyCategory Category { get; }
    CasualtyKind Kind { get; }
}
