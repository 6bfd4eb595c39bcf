namespace CeasefireTracker.Domain;

/// <summary>
/// The values a record derives from its others, computed in one place for every writer (seed, edit dialog, API,
/// import, ingestion) before the record is checked: UTC instants from the local time and its zone, and the quote's
/// position in its source. Checking a record never changes it; this does, and only these values.
/// </summary>
public static class RecordNormalizer
{
    /// <summary>
    /// Derives the UTC instants of <paramref name="record"/> and, when <paramref name="sourceText"/> is given, the
    /// position of its quote. A value that cannot be derived (an unknown zone, a quote not in the text) is left as it
    /// is, for the validator to name.
    /// </summary>
    public static void Normalize(Entity record, string? sourceText)
    {
        switch (record)
        {
            case TimelineEvent e when Zone(e.TimeZoneId) is { } zone:
                if (e.OccurredAtLocal != default) e.OccurredAtUtc = ToUtc(e.OccurredAtLocal, zone);
                break;
            case Ceasefire c when Zone(c.TimeZoneId) is { } zone:
                if (c.AnnouncedAtLocal != default) c.AnnouncedAtUtc = ToUtc(c.AnnouncedAtLocal, zone);
                c.InForceFromUtc = c.InForceFromLocal is { } from ? ToUtc(from, zone) : null;
                break;
        }

        if (record is ISourced sourced && sourceText is not null && !QuoteStandsAt(sourceText, sourced.Quote, sourced.QuoteStart)
            && sourceText.IndexOf(sourced.Quote, StringComparison.Ordinal) is >= 0 and var found)
            sourced.QuoteStart = found;
    }

    /// <summary>True when <paramref name="quote"/> stands word for word at <paramref name="start"/> of <paramref name="text"/>.</summary>
    public static bool QuoteStandsAt(string text, string quote, int start) =>
        start >= 0 && start + quote.Length <= text.Length && string.CompareOrdinal(text, start, quote, 0, quote.Length) == 0;

    /// <summary>The zone of an IANA id; null for an empty or unknown one.</summary>
    public static TimeZoneInfo? Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    /// <summary>The instant a wall clock of <paramref name="zone"/> showed <paramref name="local"/>.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A wall time skipped by a clock change has no UTC instant; an hour later is what the clock showed.
        if (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }
}
