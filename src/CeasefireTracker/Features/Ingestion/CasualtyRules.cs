using System.Globalization;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Features.Ingestion;

/// <summary>
/// Casualty figures, sentence by sentence: a number as written (digits, number words, "des milliers", an undisclosed
/// toll) with a casualty word in its clause, the qualifier before it, who counts it, whose people they are, and
/// whether it is a toll to date or an increment ("30 autres ..., portant le nombre ... à 350": the 30 is inside the 350).
/// </summary>
public sealed class CasualtyRules(ArticleText article, LanguageVocabulary vocabulary, ActorRules actors, DateOnly articleDate)
{
    private static readonly Regex Digits = new(@"(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:[ .,]\d{3})+|\d+)(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant);

    private VocabularyMatchers M => vocabulary.Matchers;

    private sealed record Anchor(TextRange Range, int? Value, FigureQualifier Qualifier, bool Undisclosed);

    public sealed record SentenceFigures(Sentence Sentence, List<CasualtyFigureProposal> Figures);

    /// <summary>The proposals of one sentence; <paramref name="reporter"/> is who the sentence attributes them to.</summary>
    public List<CasualtyFigureProposal> Find(Sentence sentence, IReadOnlyList<DateMention> dates, string reporter,
        string? reporterCountry, string? sideAttribution, DateOnly? conflictStart, TextRange? reporterRange, Func<string> nextId)
    {
        var n = article.Normalized;
        var clauses = article.Clauses(sentence.Range).ToList();
        var figures = new List<CasualtyFigureProposal>();
        foreach (var anchor in Anchors(sentence.Range, dates))
        {
            var clauseIndex = clauses.FindIndex(c => c.Contains(anchor.Range.Start));
            if (clauseIndex < 0) continue;
            var clause = clauses[clauseIndex];
            var near = new TextRange(Math.Max(clause.Start, anchor.Range.Start - 60), Math.Min(clause.End, anchor.Range.End + 60));

            var kindHit = Nearest(M.Kinds.Find(n, near.Start, near.End).Where(h => !h.Range().Overlaps(anchor.Range)), anchor.Range);
            var categoryHit = Nearest(M.Categories.Find(n, near.Start, near.End).Where(h => !InReporter(h.Range(), reporterRange)), anchor.Range);
            var peopleHit = M.People.First(n, anchor.Range.End, Math.Min(clause.End, anchor.Range.End + 20));
            if (kindHit is null && (categoryHit is not null || peopleHit is not null || anchor.Undisclosed))
                // "12 civils et 30 soldats ont été tués": the verb of the next clause is shared.
                foreach (var next in clauses.Skip(clauseIndex + 1))
                    if (M.Kinds.First(n, next.Start, next.End) is { } shared) { kindHit = shared; break; }
            if (kindHit is null) continue;
            // A bare number needs the casualty word close by; a vague quantity or an undisclosed toll its own clause.
            if (anchor.Value is not null && categoryHit is null && peopleHit is null
                && Distance(kindHit.Value.Range(), anchor.Range) > 40) continue;

            var previous = figures.LastOrDefault();
            CasualtyCategory category = categoryHit?.Value
                ?? (peopleHit is not null ? CasualtyCategory.Unknown : previous?.Category ?? CasualtyCategory.Unknown);

            var quote = article.Trim(new TextRange(Math.Min(clause.Start, kindHit.Value.Start), Math.Max(clause.End, kindHit.Value.End)));
            var proposal = new CasualtyFigureProposal
            {
                Id = nextId(),
                Quote = article.Slice(quote),
                QuoteStart = quote.Start,
                FigureAsWritten = article.Slice(anchor.Range),
                BestEstimate = anchor.Value,
                Qualifier = anchor.Qualifier,
                Kind = kindHit.Value.Value,
                Category = category,
                Reporter = reporter,
                PeriodEnd = articleDate,
                Confidence = Confidence.High,
            };
            proposal.AffectedSide = AffectedSide(clause, reporterRange) ?? sideAttribution ?? reporterCountry ?? SideNames.Combined;
            SetBasis(proposal, clause, anchor, dates, conflictStart);
            figures.Add(proposal);
        }

        // An increment and the toll it brings the count to, in one sentence: the increment is inside the toll.
        foreach (var increment in figures.Where(f => f.Basis == FigureBasis.Increment))
        {
            var total = figures.FirstOrDefault(f => f.Basis == FigureBasis.Cumulative && f.Kind == increment.Kind
                && (f.Category == increment.Category || f.Category == CasualtyCategory.Unknown) && f.AffectedSide == increment.AffectedSide);
            if (total is null) continue;
            increment.IncludedInProposalId = total.Id;
            increment.Note = $"Part of the toll of {total.FigureAsWritten}: never to be added to it.";
        }
        return figures;
    }

    private static bool InReporter(TextRange range, TextRange? reporter) => reporter is { } r && r.Overlaps(range);

    private static int Distance(TextRange a, TextRange b) => a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;

    private static PhraseHit<T>? Nearest<T>(IEnumerable<PhraseHit<T>> hits, TextRange anchor) =>
        hits.Select(h => (PhraseHit<T>?)h)
            // After the number first ("30 civils"), then before it ("militaires décédés à 350").
            .OrderBy(h => Distance(h!.Value.Range(), anchor) + (h!.Value.Start >= anchor.End ? 0 : 15))
            .FirstOrDefault();

    private string? AffectedSide(TextRange clause, TextRange? reporterRange)
    {
        var people = actors.PeopleMentions.FirstOrDefault(p => clause.Contains(p.Range.Start) && !InReporter(p.Range, reporterRange));
        if (people.Country is not null) return people.Country.Key;
        return null;
    }

    private void SetBasis(CasualtyFigureProposal proposal, TextRange clause, Anchor anchor, IReadOnlyList<DateMention> dates, DateOnly? conflictStart)
    {
        var n = article.Normalized;
        var target = M.CumulativeTarget?.Match(n, clause.Start, anchor.Range.Start - clause.Start);
        var isTarget = target is { Success: true } && string.IsNullOrWhiteSpace(n[(target.Index + target.Length)..anchor.Range.Start].Replace(M.Qualifiers.First(n, target.Index + target.Length, anchor.Range.Start)?.Phrase ?? "\0", ""));
        var increment = M.Increment.First(n, clause.Start, clause.End);
        var cumulative = M.Cumulative.First(n, clause.Start, clause.End);
        if (isTarget || (cumulative is not null && increment is null))
        {
            proposal.Basis = FigureBasis.Cumulative;
            proposal.Note = $"Cumulative: \"{article.Slice(isTarget ? new TextRange(target!.Index, target.Index + target.Length) : cumulative!.Value.Range()).Trim()}\".";
        }
        else if (increment is not null)
        {
            proposal.Basis = FigureBasis.Increment;
            proposal.Note = $"Increment: \"{article.Slice(increment.Value.Range())}\".";
            if (increment.Value.Start >= anchor.Range.End && increment.Value.Start - anchor.Range.End <= 1)
                proposal.FigureAsWritten = article.Slice(anchor.Range.Start, increment.Value.End);
            return;
        }
        else if (dates.FirstOrDefault(d => clause.Contains(d.Range.Start) && d.HasDay) is { } day)
        {
            // "21 soldats ont été tués dimanche": a count of one day.
            proposal.Basis = FigureBasis.Increment;
            proposal.PeriodStart = proposal.PeriodEnd = DateOnly.FromDateTime(day.Local);
            proposal.Note = $"Increment: the count of \"{day.AsWritten}\".";
            return;
        }
        else
        {
            proposal.Basis = FigureBasis.Cumulative;
            proposal.Confidence = Confidence.Medium;
            proposal.Note = "No word says whether this is a toll to date or a new count: taken as a toll to date.";
        }

        // A toll counts from the date it names ("depuis le 27 septembre"), else from when the article says fighting began.
        var since = dates.FirstOrDefault(d => clause.Contains(d.Range.Start) && d.HasDay && d.Local.Date < articleDate.ToDateTime(TimeOnly.MinValue));
        proposal.PeriodStart = since is not null ? DateOnly.FromDateTime(since.Local) : conflictStart;
    }

    private IEnumerable<Anchor> Anchors(TextRange sentence, IReadOnlyList<DateMention> dates)
    {
        var n = article.Normalized;
        var anchors = new List<Anchor>();
        bool Taken(TextRange r) => dates.Any(d => d.Range.Overlaps(r)) || anchors.Any(a => a.Range.Overlaps(r));

        foreach (var hit in M.Undisclosed.Find(n, sentence.Start, sentence.End))
            anchors.Add(new Anchor(new TextRange(hit.Start, hit.End), null, FigureQualifier.Undisclosed, true));
        foreach (var hit in M.VagueQuantities.Find(n, sentence.Start, sentence.End))
            if (!Taken(hit.Range())) anchors.Add(new Anchor(hit.Range(), null, hit.Value.Qualifier, false));

        for (var match = Digits.Match(n, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            var range = new TextRange(match.Index, match.Index + match.Length);
            if (Taken(range) || FollowedByUnit(range.End, sentence.End)) continue;
            var digits = new string(match.Value.Where(char.IsDigit).ToArray());
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) continue;
            anchors.Add(Qualified(range, value));
        }

        // Number words: consecutive words make one number ("vingt-trois", "two hundred and fifty").
        var words = M.NumberWords.Find(n, sentence.Start, sentence.End).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var (start, end) = (words[i].Start, words[i].End);
            var parts = new List<long> { words[i].Value };
            while (i + 1 < words.Count && IsJoin(n[end..words[i + 1].Start]))
            {
                i++;
                end = words[i].End;
                parts.Add(words[i].Value);
            }
            var range = new TextRange(start, end);
            if (Taken(range) || FollowedByUnit(end, sentence.End)) continue;
            // A number word alone is a figure only right before the people it counts ("trois soldats").
            if (!StartsRightAfter(M.Categories, end, sentence.End) && !StartsRightAfter(M.People, end, sentence.End)
                && !StartsRightAfter(M.Kinds, end, sentence.End)) continue;
            var value = QuoteFigures.Compose(parts);
            if (value is > 0 and < int.MaxValue) anchors.Add(Qualified(range, (int)value));
        }
        return anchors.OrderBy(a => a.Range.Start);
    }

    private bool StartsRightAfter<T>(PhraseMatcher<T> matcher, int end, int limit)
    {
        var n = article.Normalized;
        var i = end;
        while (i < limit && n[i] == ' ') i++;
        return matcher.First(n, i, Math.Min(limit, i + 30)) is { } hit && hit.Start == i;
    }

    private bool IsJoin(string between)
    {
        var t = between.Trim();
        return t.Length == 0 || t == "-" || vocabulary.NumberJoiners.Contains(t);
    }

    private Anchor Qualified(TextRange range, int value)
    {
        var n = article.Normalized;
        var qualifier = M.Qualifiers.Find(n, Math.Max(0, range.Start - 20), range.Start).LastOrDefault(h => string.IsNullOrWhiteSpace(n[h.End..range.Start]));
        return qualifier.Phrase is null
            ? new Anchor(range, value, FigureQualifier.Exact, false)
            : new Anchor(new TextRange(qualifier.Start, range.End), value, qualifier.Value.Qualifier, false);
    }

    private bool FollowedByUnit(int end, int limit)
    {
        var n = article.Normalized;
        var i = end;
        while (i < limit && n[i] == ' ') i++;
        return M.Units.First(n, i, Math.Min(limit, i + 14)) is { } unit && unit.Start == i;
    }
}

public static class SideNames
{
    public const string Combined = "Both sides (combined)";
}

internal static class PhraseHitExtensions
{
    public static TextRange Range<T>(this PhraseHit<T> hit) => new(hit.Start, hit.End);
}
