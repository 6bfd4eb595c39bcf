namespace CeasefireTracker.Domain;

/// <summary>Words a speaker said on behalf of a party, in the language the source gives them.</summary>
public class Statement : Entity, ISourced
{
    public int ConflictId { get; set; }

    public Conflict? Conflict { get; set; }

    /// <summary>Null when the source names only the party ("la Turquie ... a appelé").</summary>
    public int? SpeakerId { get; set; }

    public Official? Speaker { get; set; }

    public int OnBehalfOfPartyId { get; set; }

    public Party? OnBehalfOfParty { get; set; }

    /// <summary>Null when the source does not date the statement.</summary>
    public DateOnly? SaidOn { get; set; }

    /// <summary>The words, in the source's language; a direct quote verbatim, reported speech as the source words it.</summary>
    public required string Text { get; set; }

    public required string Language { get; set; }

    public bool IsDirectQuote { get; set; }

    /// <summary>An English gist for readers who do not read the original.</summary>
    public string? Summary { get; set; }

    public int SourceId { get; set; }

    public Source? Source { get; set; }

    public required string Quote { get; set; }

    public int QuoteStart { get; set; }
}
