namespace CeasefireTracker.Domain;

public class Source : Entity
{
    public required string Title { get; set; }

    /// <summary>Null when the source text does not name its publisher.</summary>
    public string? Publisher { get; set; }

    public string? Url { get; set; }

    /// <summary>Null when the source carries no date of its own.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The date the source's content refers to ("vendredi 09 Octobre 2020").</summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>BCP 47 tag of the source's language ("fr").</summary>
    public required string Language { get; set; }

    public required string FullText { get; set; }

    public string? Notes { get; set; }
}
