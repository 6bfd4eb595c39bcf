namespace CeasefireTracker.Features.Ingestion;

/// <summary>A stretch of the article: [Start, End) in characters of the text as pasted.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}

/// <summary>
/// The article cut into paragraphs, sentences and clauses. Rules read <see cref="Normalized"/>, a lower-cased copy of
/// exactly the same length (curly apostrophes and quotes straightened, no-break spaces made plain), so a position
/// found there is the position of the same words in <see cref="Text"/>, and quotes are always cut from the original.
/// </summary>
public sealed class ArticleText
{
    public ArticleText(string text, IReadOnlyList<string>? clauseSeparators = null)
    {
        Text = text;
        Normalized = Normalize(text);
        Sentences = SplitSentences();
        _separators = clauseSeparators ?? [",", ";", ":"];
    }

    private readonly IReadOnlyList<string> _separators;

    public string Text { get; }

    public string Normalized { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public string Slice(TextRange range) => Text[range.Start..range.End];

    public string Slice(int start, int end) => Text[start..end];

    public static string Normalize(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E' => '"',
                '\u00A0' or '\u202F' or '\u2009' or '\t' => ' ',
                '\u2010' or '\u2011' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }
    });

    /// <summary>The range with the spaces and closing punctuation at either end left out.</summary>
    public TextRange Trim(TextRange range, bool keepFinalStop = false)
    {
        var (start, end) = (range.Start, range.End);
        while (start < end && (char.IsWhiteSpace(Text[start]) || Text[start] is ',' or ';' or ':')) start++;
        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] is ',' or ';' or ':'
                               || (!keepFinalStop && Text[end - 1] == '.'))) end--;
        return new TextRange(start, end);
    }

    /// <summary>The clauses of a sentence: cut at commas, semicolons and the language's coordinating words.</summary>
    public IReadOnlyList<TextRange> Clauses(TextRange sentence)
    {
        var cuts = new SortedSet<int> { sentence.Start, sentence.End };
        var inQuote = false;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (Normalized[i] == '"') inQuote = !inQuote;
            if (inQuote) continue;
            foreach (var separator in _separators)
            {
                if (string.CompareOrdinal(Normalized, i, separator, 0, separator.Length) != 0) continue;
                // A comma between digits is a thousands separator, not a clause break.
                if (separator == "," && i > 0 && i + 1 < Normalized.Length && char.IsDigit(Normalized[i - 1]) && char.IsDigit(Normalized[i + 1])) continue;
                cuts.Add(i);
                break;
            }
        }
        var list = cuts.ToList();
        var clauses = new List<TextRange>();
        for (var i = 0; i + 1 < list.Count; i++)
        {
            var clause = Trim(new TextRange(list[i], list[i + 1]), keepFinalStop: true);
            // The coordinating word itself opens the next clause; leave it out of the clause's words.
            var start = clause.Start;
            foreach (var separator in _separators.Where(s => s.Trim().Length > 1))
            {
                var word = separator.Trim();
                if (string.CompareOrdinal(Normalized, start, word + " ", 0, word.Length + 1) == 0) { start += word.Length + 1; break; }
            }
            if (clause.End > start) clauses.Add(new TextRange(start, clause.End));
        }
        return clauses;
    }

    private List<Sentence> SplitSentences()
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var position = 0;
        while (position < Text.Length)
        {
            var lineEnd = Text.IndexOf('\n', position);
            if (lineEnd < 0) lineEnd = Text.Length;
            var start = position;
            for (var i = position; i < lineEnd; i++)
            {
                var c = Text[i];
                if (c is not ('.' or '!' or '?' or '…')) continue;
                if (!IsSentenceEnd(i, lineEnd)) continue;
                AddSentence(sentences, start, i + 1, paragraph);
                start = i + 1;
            }
            AddSentence(sentences, start, lineEnd, paragraph);
            if (Text[position..lineEnd].Trim().Length > 0) paragraph++;
            position = lineEnd + 1;
        }
        return sentences;
    }

    private bool IsSentenceEnd(int i, int lineEnd)
    {
        var next = i + 1;
        // A closing quote mark may follow the stop.
        while (next < lineEnd && Normalized[next] == '"') next++;
        if (next >= lineEnd) return true;
        if (!char.IsWhiteSpace(Text[next])) return false;
        while (next < lineEnd && char.IsWhiteSpace(Text[next])) next++;
        if (next >= lineEnd) return true;
        var following = Text[next];
        if (!(char.IsUpper(following) || following is '"' or '“' or '«' or '\'' || char.IsDigit(following))) return false;
        // Initials and short abbreviations ("M. Lavrov", "Dr. Smith", "J. Bayramov") do not end a sentence.
        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(Text[wordStart - 1])) wordStart--;
        var word = Text[wordStart..i];
        return !(word.Length == 1 && char.IsUpper(word[0]) || word is "Dr" or "Mr" or "Mrs" or "Ms" or "St" or "Mme" or "Gen" or "Lt" or "Col");
    }

    private void AddSentence(List<Sentence> sentences, int start, int end, int paragraph)
    {
        var range = Trim(new TextRange(start, end), keepFinalStop: true);
        if (range.Length > 0) sentences.Add(new Sentence(sentences.Count, paragraph, range));
    }
}

public sealed record Sentence(int Index, int Paragraph, TextRange Range);
