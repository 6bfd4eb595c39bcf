namespace CeasefireTracker.Domain;

public enum PartyKind
{
    State,
    ArmedForces,
    Authority,
    ArmedGroup,
    InternationalGroup,
    Media,
    Other,
}

/// <summary>The part a party plays in one conflict.</summary>
public enum PartyRole
{
    Belligerent,
    Mediator,
    Supporter,
    Observer,
    Reporter,
}

public enum SideKind
{
    /// <summary>One side of the conflict.</summary>
    Single,

    /// <summary>All sides together, for figures a source does not split ("about 400 killed" in the fighting).</summary>
    Combined,
}

public enum EventKind
{
    Talks,
    Announcement,
    CeasefireAgreed,
    CeasefireInForce,
    Fighting,
    Statement,
    Other,
}

/// <summary>How precisely a source dates something: "9 October" is a day, "at midnight on 10 October" a minute.</summary>
public enum TimePrecision
{
    Year,
    Month,
    Day,
    Hour,
    Minute,
}

/// <summary>Whether the source names the time zone, or it follows from where things happened.</summary>
public enum TimeZoneBasis
{
    Stated,
    Implied,
}

public enum CeasefireTermKind
{
    ExchangeOfBodies,
    ExchangeOfPrisoners,
    CommitmentToTalks,
    Withdrawal,
    HumanitarianAccess,
    Monitoring,
    Other,
}

public enum CasualtyCategory
{
    Civilian,
    Military,
    Unknown,
}

public enum CasualtyKind
{
    Killed,
    Wounded,
    Missing,
    Captured,
    Displaced,

    /// <summary>"Losses" that a source does not split into killed and wounded.</summary>
    Losses,
}

/// <summary>How a figure is worded: "30" is exact, "about 400" approximate, "thousands" has no number at all.</summary>
public enum FigureQualifier
{
    Exact,
    Approximate,
    AtLeast,
    AtMost,
    Hundreds,
    Thousands,
    Many,
    Undisclosed,
}

/// <summary>
/// A cumulative figure is a toll up to a date; an increment counts only a period. An increment inside a cumulative
/// figure of the same reporter must never be added to it.
/// </summary>
public enum FigureBasis
{
    Cumulative,
    Increment,
}
