namespace CeasefireTracker.Domain;

/// <summary>A record whose parties are links (an event's, a ceasefire's), which writers set by id.</summary>
public interface IHasParties
{
    List<Party> Parties { get; }

    /// <summary>
    /// The parties a writer sets, by id (not stored: <see cref="Parties"/> is). Null leaves the stored parties as
    /// they are, so a writer that does not know them (an import, the API) never clears them.
    /// </summary>
    List<int>? PartyIds { get; set; }
}
