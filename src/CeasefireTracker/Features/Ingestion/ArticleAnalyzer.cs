namespace CeasefireTracker.Features.Ingestion;

/// <summary>What the rules read in one article.</summary>
public sealed record ArticleAnalysis(string Language, bool LanguageKnown, IReadOnlyList<Proposal> Proposals, IReadOnlyList<string> Messages);

/// <summary>
/// Reads an article and proposes the records it states, each on its exact words. Deterministic and offline: the
/// same text, date, language and store give the same proposals.
/// </summary>
public sealed class ArticleAnalyzer(LanguageCatalog languages)
{
    /// <summary>Past this, an article is refused rather than read: no news article is a megabyte of text.</summary>
    public const int MaxLength = 1_000_000;

    public ArticleAnalysis Analyze(string text, DateOnly articleDate, string? language, StoreNames store, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text)) return new ArticleAnalysis(language ?? "", false, [], ["The article is empty: paste its text or upload a file."]);
        if (text.Length > MaxLength)
            return new ArticleAnalysis(language ?? "", false, [], [$"The article is {text.Length:N0} characters long; at most {MaxLength:N0} can be read. Paste the article alone."]);

        var code = string.IsNullOrWhiteSpace(language) ? languages.Detect(text).Language : language.Trim().ToLowerInvariant();
        var vocabulary = languages.Find(code);
        var messages = new List<string>();
        if (vocabulary is null)
        {
            messages.Add(code.Length == 0
                ? "The language could not be recognised: only numbers and numeric dates are proposed, with low confidence; choose the language if it has a vocabulary."
                : $"There is no vocabulary for the language '{code}': only numbers and numeric dates are proposed, with low confidence.");
            vocabulary = LanguageVocabulary.Bare(code);
        }
        var run = new AnalysisRun(new ArticleText(text, vocabulary.ClauseSeparators), vocabulary, store, articleDate, ct);
        var proposals = vocabulary.IsBare ? run.NumbersOnly() : run.All();
        return new ArticleAnalysis(code, !vocabulary.IsBare, proposals, messages);
    }
}
