namespace CeasefireTracker.Components.Shared;

/// <summary>
/// Links into the source viewer. <c>/sources/{id}?highlight={start}:{length}</c> opens the source with those
/// characters marked and scrolled into view; every page that shows a quote links to it this way.
/// </summary>
public static class SourceLinks
{
    public static string Source(int sourceId) => $"sources/{sourceId}";

    public static string Quote(int sourceId, int quoteStart, int quoteLength) =>
        $"sources/{sourceId}?highlight={quoteStart}:{quoteLength}";

    public static string Quote(ISourced record) => Quote(record.SourceId, record.QuoteStart, record.Quote.Length);

    /// <summary>Reads a <c>highlight</c> query value; null when it is absent or malformed (the viewer then says so).</summary>
    public static (int Start, int Length)? ParseHighlight(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var parts = value.Split(':');
        return parts.Length == 2 && int.TryParse(parts[0], out var start) && int.TryParse(parts[1], out var length)
               && start >= 0 && length > 0
            ? (start, length)
            : null;
    }
}
