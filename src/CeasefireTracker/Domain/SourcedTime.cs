using System.Globalization;

namespace CeasefireTracker.Domain;

/// <summary>
/// Shows a time as precisely as its source gives it, in the zone the source gives or implies, and says which:
/// "9 Oct 2020 (Europe/Moscow, implied)", "10 Oct 2020 00:00 (Europe/Moscow, implied)".
/// </summary>
public static class SourcedTime
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateTime local, TimePrecision precision) => precision switch
    {
        TimePrecision.Year => local.ToString("yyyy", Culture),
        TimePrecision.Month => local.ToString("MMM yyyy", Culture),
        TimePrecision.Day => local.ToString("d MMM yyyy", Culture),
        TimePrecision.Hour => local.ToString("d MMM yyyy HH:00", Culture),
        _ => local.ToString("d MMM yyyy HH:mm", Culture),
    };

    public static string Format(DateTime local, TimePrecision precision, string timeZoneId, TimeZoneBasis basis) =>
        $"{Format(local, precision)} ({timeZoneId}{(basis == TimeZoneBasis.Implied ? ", implied" : "")})";

    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", Culture);
}
