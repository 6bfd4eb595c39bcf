using CeasefireTracker.Components.Shared;

namespace CeasefireTracker.Features.Sources;

public static class SourceHighlight
{
    /// <summary>Reads the <c>highlight</c> query value against a text of the given length; a bad value gives a message, no highlight.</summary>
    public static ((int Start, int Length)? Highlight, IReadOnlyList<string> Problems) Read(string? value, int textLength)
    {
        if (string.IsNullOrEmpty(value)) return (null, []);
        if (SourceLinks.ParseHighlight(value) is not { } highlight)
            return (null, [$"The highlight \"{value}\" is not of the form start:length (two whole numbers, length above 0); nothing is highlighted."]);
        if (highlight.Start + (long)highlight.Length > textLength)
            return (null, [$"The highlight {value} lies outside this source's text ({textLength} characters); nothing is highlighted."]);
        return (highlight, []);
    }
}

public static class SourceDates
{
    public static string Describe(DateOnly? publishedOn, DateOnly? referenceDate) =>
        publishedOn is { } published ? $"published {Domain.SourcedTime.Format(published)}"
        : referenceDate is { } reference ? $"date not given; refers to {Domain.SourcedTime.Format(reference)}"
        : "undated";
}
