using CeasefireTracker.Data.Configurations;

namespace CeasefireTracker.Features.Import;

/// <summary>
/// What one data set row becomes: its <see cref="DataSetRow"/>, one timeline event at its place and dates, and one
/// casualty report per figure (GED: deaths of side A and of side B as military deaths of those sides, civilian and
/// unknown deaths on the conflict's combined side; the whole-event best/low/high only when it says more than its
/// parts). Every report is an increment over the event's dates reported by the data set, so no total adds it to a
/// cumulative toll (see CasualtyTotals). Existing records are updated in place, keeping their ids and versions.
/// </summary>
public static class RecordMapper
{
    public const string TimeZone = "Etc/UTC";

    public static string RowKey(ColumnMapping mapping, string rowId) => $"{mapping.Key}:{rowId}";

    public static string EventKey(ColumnMapping mapping, string rowId) => $"{mapping.Key}:{rowId}:event";

    public static string ReportKey(ColumnMapping mapping, string rowId, FigureSlot slot) => $"{mapping.Key}:{rowId}:{slot.ToString().ToLowerInvariant()}";

    public static void FillRow(DataSetRow target, ImportedRow row, ImportContext context, string version, string hash)
    {
        var mapping = context.Mapping;
        target.ExternalId = RowKey(mapping, row.RowId);
        target.DataSet = mapping.DataSet;
        target.DataSetVersion = version;
        target.RowId = row.RowId;
        target.SourceArticle = context.Fit(row.SourceArticle, Limits.Description, "source_article");
        target.SourceHeadline = context.Fit(row.SourceHeadline, Limits.Description, "source_headline");
        target.SourceOffice = context.Fit(row.SourceOffice, Limits.Description, "source_office");
        target.SourceDate = context.Fit(row.SourceDate, Limits.Description, "source_date");
        target.SourceOriginal = context.Fit(row.SourceOriginal, Limits.Description, "source_original");
        target.ContentHash = hash;
    }

    public static void FillEvent(TimelineEvent target, ImportedRow row, ImportContext context, Conflict conflict, DataSetRow dataSetRow)
    {
        target.ExternalId = EventKey(context.Mapping, row.RowId);
        target.ConflictId = conflict.Id;
        target.Conflict = ImportContext.Ref(conflict);
        target.Kind = row.ViolenceType is "3" || row.ViolenceType?.Contains("Protest", StringComparison.OrdinalIgnoreCase) == true
                      || row.ViolenceType?.Contains("Riot", StringComparison.OrdinalIgnoreCase) == true
                      || row.ViolenceType?.Contains("Strategic", StringComparison.OrdinalIgnoreCase) == true
            ? EventKind.Other
            : EventKind.Fighting;
        var actors = string.Join(" – ", new[] { row.SideA, row.SideB }.Where(a => a is not null));
        var where = row.PlaceName ?? row.Admin2 ?? row.Admin1 ?? row.Country;
        var title = (actors.Length > 0 ? actors : context.Mapping.DataSet + " event") + (where is null ? "" : $", {where}");
        target.Title = context.Fit(title, Limits.Title, "event title")!;
        target.Description = context.Fit(row.Description, Limits.Description, "description");
        target.OccurredAtLocal = row.Start.ToDateTime(TimeOnly.MinValue);
        target.EndedAtLocal = row.End > row.Start ? row.End.ToDateTime(TimeOnly.MinValue) : null;
        target.Precision = row.Precision;
        // Data sets give dates, not times or zones: the day is kept in UTC and said to be implied.
        target.TimeZoneId = TimeZone;
        target.TimeZoneBasis = TimeZoneBasis.Implied;
        FillPlace(target, row, context);
        SetSource(target, context, dataSetRow);
        LinkParties(target, row, context, conflict);
    }

    /// <summary>
    /// The event's parties are the file's actors (GED side_a/side_b, ACLED actor1/actor2) as matched, or created, for
    /// the casualty sides: stored ones by id, new ones by object (created in the same operation). An actor matched only
    /// to a side, and "Civilians", name no party.
    /// </summary>
    private static void LinkParties(TimelineEvent target, ImportedRow row, ImportContext context, Conflict conflict)
    {
        var parties = new[] { row.SideA, row.SideB }
            .Where(a => a is not null && !IsCivilians(a))
            .Select(a => context.Actor(conflict, a!).Party)
            .OfType<Party>()
            .Distinct()
            .ToList();
        target.PartyIds = parties.Where(p => p.Id != 0).Select(p => p.Id).Order().ToList();
        target.Parties = parties.Where(p => p.Id == 0).ToList();
    }

    public static void FillReport(CasualtyReport target, ImportedRow row, ImportedFigure figure, ImportContext context, Conflict conflict,
        DataSetRow dataSetRow)
    {
        target.ExternalId = ReportKey(context.Mapping, row.RowId, figure.Slot);
        target.ConflictId = conflict.Id;
        target.Conflict = ImportContext.Ref(conflict);
        var side = figure.Slot switch
        {
            FigureSlot.SideA when row.SideA is { } a && !IsCivilians(a) => context.Actor(conflict, a).Side,
            FigureSlot.SideB when row.SideB is { } b && !IsCivilians(b) => context.Actor(conflict, b).Side,
            _ => context.Combined(conflict),
        };
        target.AffectedSideId = side.Id;
        target.AffectedSide = ImportContext.Ref(side);
        var reporter = context.Reporter(conflict);
        target.ReportingPartyId = reporter.Id;
        target.ReportingParty = ImportContext.Ref(reporter);
        target.Category = figure.Slot switch
        {
            FigureSlot.SideA when row.SideA is { } a && !IsCivilians(a) => CasualtyCategory.Military,
            FigureSlot.SideB when row.SideB is { } b && !IsCivilians(b) => CasualtyCategory.Military,
            FigureSlot.SideA or FigureSlot.SideB or FigureSlot.Civilians => CasualtyCategory.Civilian,
            FigureSlot.Event when row.CiviliansTargeted => CasualtyCategory.Civilian,
            _ => CasualtyCategory.Unknown,
        };
        target.Kind = CasualtyKind.Killed;
        target.BestEstimate = figure.Best;
        target.Low = figure.Low;
        target.High = figure.High;
        target.Qualifier = (figure.Low ?? figure.Best) == figure.Best && (figure.High ?? figure.Best) == figure.Best
            ? FigureQualifier.Exact
            : FigureQualifier.Approximate;
        target.Basis = FigureBasis.Increment;
        target.PeriodStart = row.Start;
        target.PeriodEnd = row.End;
        target.Notes = figure.Slot == FigureSlot.Event && row.Figures.Count > 1
            ? "The whole event's figure (best, low, high); it contains the other figures of the same row."
            : null;
        FillPlace(target, row, context);
        SetSource(target, context, dataSetRow);
    }

    /// <summary>GED names the victims of one-sided violence "Civilians" as side B: they are no party.</summary>
    public static bool IsCivilians(string actor) => actor.Trim().Equals("Civilians", StringComparison.OrdinalIgnoreCase);

    private static void FillPlace(IPlaced target, ImportedRow row, ImportContext context)
    {
        target.PlaceName = context.Fit(row.PlaceName, Limits.Name, "place name");
        target.PlaceAdmin1 = context.Fit(row.Admin1, Limits.Name, "admin 1");
        target.PlaceAdmin2 = context.Fit(row.Admin2, Limits.Name, "admin 2");
        target.PlaceCountry = context.Fit(row.Country, Limits.Name, "country");
        target.Latitude = row.Latitude;
        target.Longitude = row.Longitude;
        target.PlacePrecision = row.PlacePrecision;
    }

    private static void SetSource(IDataSetSourced target, ImportContext context, DataSetRow dataSetRow)
    {
        target.SourceId = context.DataSetSource.Id;
        target.Source = ImportContext.Ref(context.DataSetSource);
        target.DataSetRowId = dataSetRow.Id;
        target.DataSetRow = ImportContext.Ref(dataSetRow);
        target.Quote = "";
        target.QuoteStart = 0;
    }
}
