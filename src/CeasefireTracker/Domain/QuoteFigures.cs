using System.Globalization;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Domain;

/// <summary>
/// Provenance rule of a casualty figure: every number it gives (best estimate, low, high) stands in its own quote,
/// as digits ("350", "1,200", "1 200", "2.5 million") or as words ("thirty", "trente", "deux cents"). An analyst may
/// keep a figure the quote does not state only by saying so (<see cref="CasualtyReport.FigureNotInQuote"/>) with a
/// reason. A report resting on a data set row without a quote has nothing to check.
/// </summary>
public static partial class QuoteFigures
{
    public const int ReasonMaxLength = 1000;

    public const string FlagLabel = "Figure not stated in the quote";

    public static IEnumerable<(string Property, string Message)> Check(CasualtyReport report)
    {
        if (report.FigureNotInQuote)
        {
            if (string.IsNullOrWhiteSpace(report.FigureNotInQuoteReason))
                yield return (nameof(CasualtyReport.FigureNotInQuoteReason),
                    $"Say why the figure is not stated in the quote, or untick “{FlagLabel}”.");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(report.Quote)) yield break;
        var stated = NumbersIn(report.Quote);
        foreach (var (property, label, value) in new[]
                 {
                     (nameof(CasualtyReport.BestEstimate), "best estimate", report.BestEstimate),
                     (nameof(CasualtyReport.Low), "low bound", report.Low),
                     (nameof(CasualtyReport.High), "high bound", report.High),
                 })
        {
            if (value is not { } figure || stated.Contains(figure)) continue;
            var inQuote = stated.Count == 0 ? "it states no number" : $"it states {string.Join(", ", stated.Order().Select(N))}";
            yield return (property, $"The {label} {N(figure)} does not stand in the quote ({inQuote}). Correct the figure or the quote, " +
                                    $"or tick “{FlagLabel}” and give the reason.");
        }
    }

    /// <summary>Every number the text states, in digits or in English or French words.</summary>
    public static HashSet<long> NumbersIn(string text)
    {
        var numbers = new HashSet<long>();
        foreach (Match match in Digits().Matches(text))
        {
            var whole = match.Groups["number"].Value;
            var scale = Scale(match.Groups["scale"].Value);
            if (Grouped().IsMatch(whole))
            {
                // "1,200", "1.200" and "1 200" are one number; a space may also just part two ("12 300" is 12 and 300 too).
                Add(Separator().Replace(whole, ""), scale);
                if (Spaces().IsMatch(whole))
                    foreach (var part in Spaces().Split(whole)) Add(part, 1);
            }
            else if (whole.IndexOfAny(['.', ',']) < 0) Add(whole, scale);
            else if (scale > 1 && decimal.TryParse(whole.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
                numbers.Add((long)Math.Min(d * scale, long.MaxValue));
            else
                foreach (var part in whole.Split('.', ',')) Add(part, 1);
        }

        void Add(string digits, long scale)
        {
            // Too long for a number of people: no figure can match it anyway.
            if (digits.Length <= 12 && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                numbers.Add(value * scale);
        }

        AddWordNumbers(text, numbers);
        return numbers;
    }

    private static long Scale(string word) => word.ToLowerInvariant() switch
    {
        "" => 1,
        "thousand" or "mille" => 1_000,
        "million" or "millions" => 1_000_000,
        _ => 1_000_000_000,
    };

    /// <summary>Consecutive number words make one number ("vingt-trois", "two hundred and fifty", "deux mille").</summary>
    private static void AddWordNumbers(string text, HashSet<long> numbers)
    {
        var lower = text.ToLowerInvariant().Replace("quatre-vingts", " 80 ").Replace("quatre-vingt", " 80 ")
            .Replace("quatre vingt", " 80 ");
        var parts = new List<long>();
        foreach (var token in WordToken().Matches(lower).Select(m => m.Value))
        {
            if (token is "and" or "et" && parts.Count > 0) continue;
            if (Words.TryGetValue(token, out var value) || (token == "80" && (value = 80) > 0))
            {
                parts.Add(value);
                continue;
            }

            Flush();
        }

        Flush();

        void Flush()
        {
            if (parts.Count == 0) return;
            numbers.Add(Compose(parts));
            parts.Clear();
        }
    }

    /// <summary>The number that consecutive number words make: [2, 100, 50] is 250, [3, 1000] is 3,000.</summary>
    public static long Compose(IReadOnlyList<long> parts)
    {
        long total = 0, current = 0;
        foreach (var p in parts)
        {
            if (p == 100) current = Math.Max(current, 1) * 100;
            else if (p >= 1000) { total += Math.Max(current, 1) * p; current = 0; }
            else current += p;
        }

        return total + current;
    }

    private static readonly Dictionary<string, long> Words = new()
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["dozen"] = 12,
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["sept"] = 7, ["huit"] = 8,
        ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15,
        ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50,
        ["soixante"] = 60, ["cent"] = 100, ["cents"] = 100, ["mille"] = 1_000, ["millions"] = 1_000_000,
    };

    private static string N(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    // Groups of three after a comma, dot or (narrow) space: "1,200", "1.200", "1 200"; then an optional decimal and scale.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<number>\d{1,3}(?:[,. \u00A0\u202F]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*(?<scale>millions?|thousand|mille|milliards?|billions?)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\d{1,3}(?:[,. \u00A0\u202F]\d{3})+$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"[,. \u00A0\u202F]")]
    private static partial Regex Separator();

    [GeneratedRegex(@"[ \u00A0\u202F]")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}+|\d+")]
    private static partial Regex WordToken();
}
