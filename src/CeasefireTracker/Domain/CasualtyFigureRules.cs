namespace CeasefireTracker.Domain;

/// <summary>
/// The rules a casualty figure must keep, whoever enters it (seed import or analyst form). Returns one message per
/// broken rule, naming the field.
/// </summary>
public static class CasualtyFigureRules
{
    /// <summary>
    /// No armed conflict's toll comes near a hundred million; a larger number is a typing error, and such figures
    /// added together must stay far inside what the store and the sums can hold.
    /// </summary>
    public const int MaximumFigure = 100_000_000;

    public static IReadOnlyList<string> Check(CasualtyReport report)
    {
        var errors = new List<string>();
        foreach (var (name, value) in new[] { ("Best estimate", report.BestEstimate), ("Low bound", report.Low), ("High bound", report.High) })
            if (value > MaximumFigure) errors.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} cannot be above {MaximumFigure:N0}."));
        if (report.BestEstimate < 0) errors.Add("Best estimate cannot be negative.");
        if (report.Low < 0) errors.Add("Low bound cannot be negative.");
        if (report.High < 0) errors.Add("High bound cannot be negative.");
        if (report.Low is { } low && report.High is { } high && low > high)
            errors.Add("Low bound cannot be above the high bound.");
        if (report.BestEstimate is { } best && report.Low is { } lo && best < lo)
            errors.Add("Best estimate cannot be below the low bound.");
        if (report.BestEstimate is { } b && report.High is { } hi && b > hi)
            errors.Add("Best estimate cannot be above the high bound.");
        if (report.PeriodStart is { } start && start > report.PeriodEnd)
            errors.Add("The period cannot end before it starts.");

        var hasNumber = report.BestEstimate is not null || report.Low is not null || report.High is not null;
        switch (report.Qualifier)
        {
            case FigureQualifier.Undisclosed when hasNumber:
                errors.Add("An undisclosed figure cannot have a number.");
                break;
            case FigureQualifier.Exact or FigureQualifier.Approximate or FigureQualifier.AtLeast or FigureQualifier.AtMost
                when report.BestEstimate is null:
                errors.Add($"A figure qualified as {report.Qualifier} needs a best estimate.");
                break;
        }

        if (report.Basis == FigureBasis.Cumulative && report.IncludedInReportId is not null)
            errors.Add("Only an increment can be part of a cumulative report.");
        return errors;
    }
}
