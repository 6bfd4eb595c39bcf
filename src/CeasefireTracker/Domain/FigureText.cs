using System.Globalization;

namespace CeasefireTracker.Domain;

/// <summary>How a figure reads to a person: "30", "about 400", "at least 12", "thousands", "not disclosed".</summary>
public static class FigureText
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(int? best, int? low, int? high, FigureQualifier qualifier)
    {
        var range = low is not null && high is not null ? $" ({N(low.Value)}–{N(high.Value)})" : "";
        return qualifier switch
        {
            FigureQualifier.Exact when best is { } b => N(b) + range,
            FigureQualifier.Approximate when best is { } b => $"about {N(b)}{range}",
            FigureQualifier.AtLeast when best is { } b => $"at least {N(b)}",
            FigureQualifier.AtMost when best is { } b => $"at most {N(b)}",
            FigureQualifier.Hundreds => best is { } b ? $"hundreds (about {N(b)})" : "hundreds",
            FigureQualifier.Thousands => best is { } b ? $"thousands (about {N(b)})" : "thousands",
            FigureQualifier.Many => best is { } b ? $"many (about {N(b)})" : "many",
            FigureQualifier.Undisclosed => "not disclosed",
            _ when best is { } b => N(b) + range,
            _ when low is not null || high is not null => range.Trim(' ', '(', ')'),
            _ => "no figure",
        };
    }

    public static string Describe(CasualtyReport report) =>
        Describe(report.BestEstimate, report.Low, report.High, report.Qualifier);

    private static string N(int value) => value.ToString("N0", Culture);
}
