using System.Text.Json.Serialization;

namespace CeasefireTracker.Features.Ingestion;

public enum ProposalStatus
{
    Pending,
    Accepted,
    Rejected,

    /// <summary>Accepted and written to the store; kept in the session as a record of what was done.</summary>
    Saved,
}

/// <summary>How a proposal stands against the store.</summary>
public enum StoreMatch
{
    New,

    /// <summary>A stored record says the same thing; accepting it would write a duplicate.</summary>
    AlreadyRecorded,

    /// <summary>A stored record gives a different value for the same fact; accepting it adds a claim beside it.</summary>
    Contested,
}

public enum Confidence
{
    Low,
    Medium,
    High,
}

/// <summary>
/// One record the article seems to state, resting on its exact words (<see cref="Quote"/> at <see cref="QuoteStart"/>).
/// References to sides, parties and officials are by name: the name of a stored record, or of another proposal of
/// the same article that creates it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CasualtyFigureProposal), "casualty")]
[JsonDerivedType(typeof(EventProposal), "event")]
[JsonDerivedType(typeof(CeasefireProposal), "ceasefire")]
[JsonDerivedType(typeof(CeasefireTermProposal), "term")]
[JsonDerivedType(typeof(StatementProposal), "statement")]
[JsonDerivedType(typeof(PartyProposal), "party")]
[JsonDerivedType(typeof(SideProposal), "side")]
[JsonDerivedType(typeof(OfficialProposal), "official")]
public abstract class Proposal
{
    public string Id { get; set; } = "";

    public string Quote { get; set; } = "";

    public int QuoteStart { get; set; }

    public Confidence Confidence { get; set; } = Confidence.Medium;

    public ProposalStatus Status { get; set; }

    public StoreMatch Match { get; set; }

    /// <summary>The stored record a match refers to (equal, or the claim this one contests).</summary>
    public int? StoredRecordId { get; set; }

    /// <summary>Why the rules proposed it, or what the match found, for the analyst.</summary>
    public string? Note { get; set; }

    /// <summary>The record written when the proposal was saved.</summary>
    public int? SavedRecordId { get; set; }

    [JsonIgnore]
    public TextRange Range => new(QuoteStart, QuoteStart + Quote.Length);

    [JsonIgnore]
    public abstract string KindLabel { get; }

    [JsonIgnore]
    public abstract string Summary { get; }
}

public sealed class CasualtyFigureProposal : Proposal
{
    /// <summary>The figure's own words ("environ 400", "30 autres", "des milliers").</summary>
    public string FigureAsWritten { get; set; } = "";

    public int? BestEstimate { get; set; }
    public int? Low { get; set; }
    public int? High { get; set; }
    public FigureQualifier Qualifier { get; set; }

    /// <summary>Null when the rules could not tell (a language without a file): the analyst must choose.</summary>
    public CasualtyCategory? Category { get; set; }

    public CasualtyKind? Kind { get; set; }
    public string? AffectedSide { get; set; }
    public string? Reporter { get; set; }
    public FigureBasis Basis { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>The cumulative figure of this article that contains this increment.</summary>
    public string? IncludedInProposalId { get; set; }

    /// <summary>The stored cumulative report that contains this increment.</summary>
    public int? IncludedInReportId { get; set; }

    public override string KindLabel => "Casualty figure";

    public override string Summary =>
        $"{FigureText.Describe(BestEstimate, Low, High, Qualifier)} {Category?.ToString().ToLowerInvariant() ?? "?"} {Kind?.ToString().ToLowerInvariant() ?? "?"}"
        + $" · {AffectedSide ?? "side?"} · reported by {Reporter ?? "?"} · {Basis.ToString().ToLowerInvariant()}";
}

public sealed class EventProposal : Proposal
{
    public EventKind Kind { get; set; }
    public string Title { get; set; } = "";
    public DateTime OccurredAtLocal { get; set; }
    public DateTime? EndedAtLocal { get; set; }
    public TimePrecision Precision { get; set; }

    /// <summary>The date and time as the article words them ("le 10 octobre à minuit"); null when taken from the article's date.</summary>
    public string? TimeAsWritten { get; set; }

    public string TimeZoneId { get; set; } = "UTC";
    public TimeZoneBasis TimeZoneBasis { get; set; } = TimeZoneBasis.Implied;
    public List<string> Parties { get; set; } = [];

    public override string KindLabel => "Event";

    public override string Summary => $"{Kind}: {SourcedTime.Format(OccurredAtLocal, Precision, TimeZoneId, TimeZoneBasis)}";
}

public sealed class CeasefireProposal : Proposal
{
    public string Name { get; set; } = "";
    public string? Mediator { get; set; }
    public List<string> Parties { get; set; } = [];
    public DateTime AnnouncedAtLocal { get; set; }
    public TimePrecision AnnouncedPrecision { get; set; } = TimePrecision.Day;
    public DateTime? InForceFromLocal { get; set; }
    public TimePrecision InForcePrecision { get; set; } = TimePrecision.Day;
    public string? InForceAsWritten { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
    public TimeZoneBasis TimeZoneBasis { get; set; } = TimeZoneBasis.Implied;

    public override string KindLabel => "Ceasefire";

    public override string Summary => $"{Name}; in force {(InForceFromLocal is { } f ? SourcedTime.Format(f, InForcePrecision, TimeZoneId, TimeZoneBasis) : "not given")}"
        + (Mediator is null ? "" : $"; mediator {Mediator}");
}

public sealed class CeasefireTermProposal : Proposal
{
    public string CeasefireProposalId { get; set; } = "";

    /// <summary>The stored ceasefire the term belongs to, when the article's ceasefire is already recorded.</summary>
    public int? CeasefireId { get; set; }

    public CeasefireTermKind Kind { get; set; }
    public string Description { get; set; } = "";

    public override string KindLabel => "Ceasefire term";

    public override string Summary => $"{Kind}: {Description}";
}

public sealed class StatementProposal : Proposal
{
    public string? Speaker { get; set; }
    public string? OnBehalfOf { get; set; }
    public DateOnly? SaidOn { get; set; }
    public bool IsDirectQuote { get; set; }

    public override string KindLabel => "Statement";

    public override string Summary => $"{Speaker ?? OnBehalfOf ?? "?"}{(Speaker is not null && OnBehalfOf is not null ? $" for {OnBehalfOf}" : "")}, {(IsDirectQuote ? "direct quote" : "reported speech")}";
}

public sealed class PartyProposal : Proposal
{
    public string Name { get; set; } = "";
    public string? NameInSource { get; set; }
    public PartyKind Kind { get; set; }
    public PartyRole Role { get; set; }
    public string? Side { get; set; }
    public string? Parent { get; set; }

    public override string KindLabel => "Party";

    public override string Summary => $"{Name} ({Kind}, {Role}{(Side is null ? "" : $", side {Side}")})";
}

public sealed class SideProposal : Proposal
{
    public string Name { get; set; } = "";
    public SideKind Kind { get; set; }

    public override string KindLabel => "Side";

    public override string Summary => $"{Name}{(Kind == SideKind.Combined ? " (all sides combined)" : "")}";
}

public sealed class OfficialProposal : Proposal
{
    public string Name { get; set; } = "";
    public string? Aliases { get; set; }
    public string Role { get; set; } = "";
    public string? Party { get; set; }

    public override string KindLabel => "Official";

    public override string Summary => $"{Name}, {Role}{(Party is null ? "" : $" ({Party})")}";
}
