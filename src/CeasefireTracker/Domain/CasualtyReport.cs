namespace CeasefireTracker.Domain;

/// <summary>
/// One figure as one reporter states it: whose people it counts (<see cref="AffectedSide"/>), who says so
/// (<see cref="ReportingParty"/>), and how the figure is worded. Claims are never merged: two reporters' figures
/// for the same side are two reports.
/// </summary>
public class CasualtyReport : DataSetSourcedRecord, ICasualtyGroup
{
    public int ConflictId { get; set; }

    public Conflict? Conflict { get; set; }

    public int AffectedSideId { get; set; }

    public Side? AffectedSide { get; set; }

    public int ReportingPartyId { get; set; }

    public Party? ReportingParty { get; set; }

    public CasualtyCategory Category { get; set; }

    public CasualtyKind Kind { get; set; }

    /// <summary>Null when the source gives no number ("thousands", "many", undisclosed).</summary>
    public int? BestEstimate { get; set; }

    public int? Low { get; set; }

    public int? High { get; set; }

    public FigureQualifier Qualifier { get; set; }

    public FigureBasis Basis { get; set; }

    public DateOnly? PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>The cumulative report this increment is part of, so the two are never added up.</summary>
    public int? IncludedInReportId { get; set; }

    public CasualtyReport? IncludedInReport { get; set; }

    public string? Notes { get; set; }

    /// <summary>
    /// The analyst keeps a figure its quote does not state (an estimate from "hundreds", a total added up), knowingly;
    /// <see cref="FigureNotInQuoteReason"/> says why, and every view of the record shows it.
    /// </summary>
    public bool FigureNotInQuote { get; set; }

    public string? FigureNotInQuoteReason { get; set; }
}
