using System.Reflection;

namespace CeasefireTracker.Features.Ingestion;

public sealed record LanguageGuess(string Language, double Score);

/// <summary>
/// The languages the rules read: one embedded <c>Languages/&lt;code&gt;.json</c> each, plus any file in the folder
/// <c>Ingestion:LanguagesDirectory</c> names (a new language without a rebuild; a file there replaces the built-in one).
/// </summary>
public sealed class LanguageCatalog
{
    private readonly Dictionary<string, LanguageVocabulary> _languages = new(StringComparer.OrdinalIgnoreCase);

    public LanguageCatalog(string? extraDirectory = null)
    {
        var assembly = typeof(LanguageCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Ingestion.Languages.") && n.EndsWith(".json")))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            Add(LanguageVocabulary.Parse(stream));
        }
        if (extraDirectory is not null && Directory.Exists(extraDirectory))
            foreach (var file in Directory.GetFiles(extraDirectory, "*.json"))
            {
                using var stream = File.OpenRead(file);
                Add(LanguageVocabulary.Parse(stream));
            }
    }

    public static LanguageCatalog BuiltIn { get; } = new();

    public IReadOnlyCollection<LanguageVocabulary> All => _languages.Values;

    public LanguageVocabulary? Find(string? code) => code is not null && _languages.TryGetValue(code, out var v) ? v : null;

    private void Add(LanguageVocabulary vocabulary) => _languages[vocabulary.Language] = vocabulary;

    /// <summary>
    /// The language whose stop words make up most of the text's words (of its first 20,000 characters); "" when none
    /// reaches 8% of them, as for a language without a file.
    /// </summary>
    public LanguageGuess Detect(string text)
    {
        var sample = ArticleText.Normalize(text.Length > 20_000 ? text[..20_000] : text);
        var words = sample.Split((char[])[' ', '\n', '\r', ',', '.', ';', ':', '!', '?', '"', '(', ')', '\'', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return new LanguageGuess("", 0);
        var best = new LanguageGuess("", 0);
        foreach (var language in _languages.Values)
        {
            var stop = language.Matchers.StopWords;
            var score = words.Count(stop.Contains) / (double)words.Length;
            if (score > best.Score) best = new LanguageGuess(language.Language, score);
        }
        return best.Score >= 0.08 ? best : new LanguageGuess("", best.Score);
    }
}
