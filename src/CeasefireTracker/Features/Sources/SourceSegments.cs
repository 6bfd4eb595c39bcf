namespace CeasefireTracker.Features.Sources;

/// <summary>A run of the text covered by the same set of quotes.</summary>
public sealed record SourceSegment(int Start, string Text, IReadOnlyList<SourceCitation> Citations, bool IsHighlighted)
{
    public bool IsMarked => Citations.Count > 0 || IsHighlighted;
}

/// <summary>
/// Cuts a source's text at every quote boundary, so overlapping and nested quotes each mark exactly their characters:
/// every segment lies wholly inside or wholly outside each quote.
/// </summary>
public static class SourceSegments
{
    public static IReadOnlyList<SourceSegment> Split(string text, IEnumerable<SourceCitation> citations,
        (int Start, int Length)? highlight = null)
    {
        var inText = citations.Where(c => c.QuoteLength > 0 && c.QuoteStart >= 0 && c.QuoteStart + c.QuoteLength <= text.Length)
            .ToList();
        var active = highlight is { } h && h.Start + h.Length <= text.Length ? h : ((int Start, int Length)?)null;

        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var c in inText)
        {
            boundaries.Add(c.QuoteStart);
            boundaries.Add(c.QuoteStart + c.QuoteLength);
        }

        if (active is { } a)
        {
            boundaries.Add(a.Start);
            boundaries.Add(a.Start + a.Length);
        }

        var segments = new List<SourceSegment>();
        var points = boundaries.ToList();
        for (var i = 0; i < points.Count - 1; i++)
        {
            var (start, end) = (points[i], points[i + 1]);
            var covering = inText.Where(c => c.QuoteStart <= start && c.QuoteStart + c.QuoteLength >= end).ToList();
            var highlighted = active is { } x && x.Start <= start && x.Start + x.Length >= end;
            segments.Add(new SourceSegment(start, text[start..end], covering, highlighted));
        }

        return segments;
    }
}
