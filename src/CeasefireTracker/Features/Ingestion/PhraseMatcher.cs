using System.Text;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Features.Ingestion;

/// <summary>A phrase found in the normalized article: where it stands and what the vocabulary says it means.</summary>
public readonly record struct PhraseHit<T>(int Start, int End, string Phrase, T Value)
{
    public int Length => End - Start;
}

/// <summary>
/// Finds any of a list of phrases as whole words in normalized text, longest first. An auxiliary verb may be
/// followed by one adverb before its participle ("a également indiqué" for "a indiqué").
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Regex? _regex;
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private readonly List<(Regex Pattern, T Value, string Phrase)> _patterns = [];

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases, bool allowAdverb = false)
    {
        var alternatives = new List<string>();
        var index = 0;
        foreach (var (phrase, value) in phrases.Where(p => !string.IsNullOrWhiteSpace(p.Phrase))
                     .OrderByDescending(p => p.Phrase.Length))
        {
            var key = ArticleText.Normalize(phrase.Trim());
            if (!_values.TryAdd(key, value)) continue;
            var body = Regex.Escape(key).Replace("\\ ", "\\s+");
            if (allowAdverb && key.Contains(' '))
            {
                var space = body.IndexOf("\\s+", StringComparison.Ordinal);
                body = body[..space] + @"(?:\s+(?:\p{L}+ment|also|already|ne|pas|n'|aussi))?" + body[space..];
            }
            var start = char.IsLetterOrDigit(key[0]) ? @"(?<![\p{L}\p{N}])" : "";
            var end = char.IsLetterOrDigit(key[^1]) ? @"(?![\p{L}\p{N}])" : "";
            alternatives.Add($"(?<p{index}>{start}{body}{end})");
            _patterns.Add((new Regex(start + body + end, RegexOptions.CultureInvariant), value, key));
            index++;
        }
        if (alternatives.Count > 0)
            _regex = new Regex(string.Join("|", alternatives), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
                TimeSpan.FromSeconds(2));
    }

    public bool IsEmpty => _regex is null;

    /// <summary>Every hit in [<paramref name="start"/>, <paramref name="end"/>), left to right, not overlapping.</summary>
    public IEnumerable<PhraseHit<T>> Find(string normalized, int start, int end)
    {
        if (_regex is null || end <= start) yield break;
        var match = _regex.Match(normalized, start, end - start);
        while (match.Success)
        {
            var phrase = PhraseOf(match);
            yield return new PhraseHit<T>(match.Index, match.Index + match.Length, phrase.Phrase, phrase.Value);
            match = match.NextMatch();
        }
    }

    public PhraseHit<T>? First(string normalized, int start, int end)
    {
        foreach (var hit in Find(normalized, start, end)) return hit;
        return null;
    }

    public bool Any(string normalized, int start, int end) => First(normalized, start, end) is not null;

    private (string Phrase, T Value) PhraseOf(Match match)
    {
        for (var i = 0; i < _patterns.Count; i++)
            if (match.Groups[$"p{i}"].Success) return (_patterns[i].Phrase, _patterns[i].Value);
        throw new InvalidOperationException("A match of no alternative.");
    }
}

public static class PhraseMatcher
{
    public static PhraseMatcher<string> Of(IEnumerable<string> phrases, bool allowAdverb = false) =>
        new(phrases.Select(p => (p, p)), allowAdverb);

    public static string Describe(IEnumerable<string> words)
    {
        var builder = new StringBuilder();
        foreach (var w in words) builder.Append(builder.Length > 0 ? ", " : "").Append(w);
        return builder.ToString();
    }
}
