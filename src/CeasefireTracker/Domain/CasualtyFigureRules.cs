namespace CeasefireTracker.Domain;

/// <summary>
/// The rules a casualty figure must keep, whoever enters it. Returns one (property, message) pair per broken rule: the
/// property the message belongs beside, and the message, which names the field for people.
/// </summary>
public static class CasualtyFigureRules
{
    /// <summary>
    /// No armed conflict's toll comes near a hundred million; a larger number is a typing error, and such figures
    /// added together must stay far inside what the store and the sums can hold.
    /// </summary>
    public const int MaximumFigure = 100_000_000;

    public static IReadOnlyList<(string Property, string Message)> Check(CasualtyReport report)
    {
        const string best = nameof(CasualtyReport.BestEstimate), low = nameof(CasualtyReport.Low), high = nameof(CasualtyReport.High);
        var errors = new List<(string, string)>();
        foreach (var (property, name, value) in new[] { (best, "Best estimate", report.BestEstimate), (low, "Low bound", report.Low), (high, "High bound", report.High) })
        {
            if (value > MaximumFigure)
                errors.Add((property, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} cannot be above {MaximumFigure:N0}.")));
            if (value < 0) errors.Add((property, $"{name} cannot be negative."));
        }

        if (report.Low > report.High) errors.Add((low, "Low bound cannot be above the high bound."));
        if (report.BestEstimate < report.Low) errors.Add((best, "Best estimate cannot be below the low bound."));
        if (report.BestEstimate > report.High) errors.Add((best, "Best estimate cannot be above the high bound."));
        if (report.PeriodStart > report.PeriodEnd) errors.Add((nameof(CasualtyReport.PeriodEnd), "The period cannot end before it starts."));

        var hasNumber = report.BestEstimate is not null || report.Low is not null || report.High is not null;
        switch (report.Qualifier)
        {
            case FigureQualifier.Undisclosed when hasNumber:
                errors.Add((nameof(CasualtyReport.Qualifier), "An undisclosed figure cannot have a number."));
                break;
            case FigureQualifier.Exact or FigureQualifier.Approximate or FigureQualifier.AtLeast or FigureQualifier.AtMost
                when report.BestEstimate is null:
                errors.Add((nameof(CasualtyReport.Qualifier), $"A figure qualified as {report.Qualifier} needs a best estimate."));
                break;
        }

        if (report.Basis == FigureBasis.Cumulative && report.IncludedInReportId is not null)
            errors.Add((nameof(CasualtyReport.IncludedInReportId), "Only an increment can be part of a cumulative report."));
        return errors;
    }
}
