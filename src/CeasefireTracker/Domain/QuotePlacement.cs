namespace CeasefireTracker.Domain;

public enum QuotePlacementOutcome
{
    /// <summary>The quote stands once where the edit leaves it (or the edit did not touch it).</summary>
    Found,

    /// <summary>The new text no longer holds the quote word for word.</summary>
    Missing,

    /// <summary>The edit touched the quote and the new text holds it more than once: which one is meant cannot be told.</summary>
    Ambiguous,
}

/// <summary>
/// Where a quote stands after its source's text changes. The edit is the span between the texts' common beginning and
/// common end: a quote wholly before it keeps its position, one wholly after it moves by the change in length, and
/// one the edit touches is searched for afresh and must stand exactly once.
/// </summary>
public static class QuotePlacement
{
    public static (QuotePlacementOutcome Outcome, int Start, int Count) Place(string oldText, string newText, string quote, int oldStart)
    {
        if (quote.Length == 0) return (QuotePlacementOutcome.Found, oldStart, 1);
        var stoodInOld = oldStart >= 0 && oldStart + quote.Length <= oldText.Length
                         && string.CompareOrdinal(oldText, oldStart, quote, 0, quote.Length) == 0;
        if (stoodInOld)
        {
            var prefix = CommonPrefix(oldText, newText);
            var suffix = CommonSuffix(oldText, newText, prefix);
            if (oldStart + quote.Length <= prefix) return (QuotePlacementOutcome.Found, oldStart, 1);
            if (oldStart >= oldText.Length - suffix) return (QuotePlacementOutcome.Found, oldStart + newText.Length - oldText.Length, 1);
        }

        return Find(newText, quote);
    }

    /// <summary>A quote placed afresh in a text: found once, missing, or ambiguous.</summary>
    public static (QuotePlacementOutcome Outcome, int Start, int Count) Find(string text, string quote)
    {
        var first = text.IndexOf(quote, StringComparison.Ordinal);
        if (first < 0) return (QuotePlacementOutcome.Missing, -1, 0);
        var count = 1;
        for (var at = text.IndexOf(quote, first + 1, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
            count++;
        return (count == 1 ? QuotePlacementOutcome.Found : QuotePlacementOutcome.Ambiguous, first, count);
    }

    private static int CommonPrefix(string a, string b)
    {
        var max = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < max && a[i] == b[i]) i++;
        return i;
    }

    // Never overlapping the common prefix, so prefix + edit + suffix covers each text exactly.
    private static int CommonSuffix(string a, string b, int prefix)
    {
        var max = Math.Min(a.Length, b.Length) - prefix;
        var i = 0;
        while (i < max && a[a.Length - 1 - i] == b[b.Length - 1 - i]) i++;
        return i;
    }
}
