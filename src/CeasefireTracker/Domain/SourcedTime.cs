using System.Globalization;

namespace CeasefireTracker.Domain;

/// <summary>
/// Shows a time as precisely as its source gives it, in the zone the source gives or implies, and says which:
/// "9 Oct 2020, Moscow time (UTC+3), implied", "10 Oct 2020 00:00, Moscow time (UTC+3), implied".
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
        $"{Format(local, precision)}, {Zone(timeZoneId, local)}{(basis == TimeZoneBasis.Implied ? ", implied" : "")}";

    /// <summary>
    /// A time or, where the source gives an end on a later day, the span: "27 Sept – 9 Oct 2020, Baku time (UTC+4),
    /// implied". The span names days only (its ends may be given less precisely than the start's hour).
    /// </summary>
    public static string Format(DateTime local, DateTime? endLocal, TimePrecision precision, string timeZoneId, TimeZoneBasis basis)
    {
        if (endLocal is not { } end || end.Date <= local.Date) return Format(local, precision, timeZoneId, basis);
        var span = precision switch
        {
            TimePrecision.Year => local.Year == end.Year ? Format(local, precision) : $"{local:yyyy} – {end:yyyy}",
            TimePrecision.Month => local.Year == end.Year
                ? $"{local.ToString("MMM", Culture)} – {end.ToString("MMM yyyy", Culture)}"
                : $"{Format(local, precision)} – {Format(end, precision)}",
            _ => local.Year == end.Year
                ? $"{local.ToString("d MMM", Culture)} – {end.ToString("d MMM yyyy", Culture)}"
                : $"{local.ToString("d MMM yyyy", Culture)} – {end.ToString("d MMM yyyy", Culture)}",
        };
        return $"{span}, {Zone(timeZoneId, local)}{(basis == TimeZoneBasis.Implied ? ", implied" : "")}";
    }

    /// <summary>
    /// A zone as readers name it, with its offset at that time: "Moscow time (UTC+3)", "UTC". An id the system does
    /// not know is shown as it is.
    /// </summary>
    public static string Zone(string timeZoneId, DateTime local)
    {
        if (timeZoneId is "UTC" or "Etc/UTC") return "UTC";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)) return timeZoneId;
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        var hours = offset.Duration();
        var utc = hours == TimeSpan.Zero ? "UTC" : hours.Minutes == 0 ? $"UTC{sign}{hours.Hours}" : $"UTC{sign}{hours.Hours}:{hours.Minutes:00}";
        var city = timeZoneId[(timeZoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return $"{city} time ({utc})";
    }

    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", Culture);
}
