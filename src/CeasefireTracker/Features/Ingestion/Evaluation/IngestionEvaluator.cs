using System.Text.Json;
using CeasefireTracker.Data.Seeding;

namespace CeasefireTracker.Features.Ingestion.Evaluation;

/// <summary>How the proposals of one record type compare with an answer key.</summary>
public sealed record KindScore(string Kind, int KeyCount, int ProposalCount, int Correct, int Found, IReadOnlyList<string> Missed, IReadOnlyList<string> Wrong)
{
    /// <summary>Share of proposals that are right (1 when nothing was proposed).</summary>
    public double Precision => ProposalCount == 0 ? 1 : Correct / (double)ProposalCount;

    /// <summary>Share of the key's records proposed right.</summary>
    public double Recall => KeyCount == 0 ? 1 : Found / (double)KeyCount;
}

public sealed record EvaluationReport(string Key, string Language, IReadOnlyList<KindScore> Scores)
{
    public KindScore Casualties => Scores.First(s => s.Kind == "casualty figures");
}

/// <summary>
/// Reads an answer key (a seed-format JSON file with its article beside it), runs the rules on the article with an
/// empty store, and scores the proposals. A casualty proposal is right when its quote overlaps the key record's and
/// its figure, qualifier, side, reporter, category, kind and basis all agree.
/// </summary>
public sealed class IngestionEvaluator(ArticleAnalyzer analyzer)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public EvaluationReport Evaluate(string keyPath)
    {
        var key = JsonSerializer.Deserialize<SeedFile>(File.ReadAllText(keyPath), JsonOptions) ?? throw new InvalidDataException($"{keyPath} is empty.");
        var source = key.Sources?.FirstOrDefault() ?? throw new InvalidDataException($"{keyPath} names no source.");
        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(keyPath)!, source.TextFile!));
        var date = source.ReferenceDate ?? source.PublishedOn ?? throw new InvalidDataException($"{keyPath}: the source has no date.");
        var analysis = analyzer.Analyze(text, date, source.Language, StoreNames.Empty);
        var proposals = analysis.Proposals;

        var parties = (key.Parties ?? []).ToDictionary(p => p.Id!);
        var sides = (key.Sides ?? []).ToDictionary(s => s.Id!);
        var officials = (key.Officials ?? []).ToDictionary(o => o.Id!);
        var partyProposals = proposals.OfType<PartyProposal>().ToList();

        TextRange Where(string quote, int? start)
        {
            var at = start ?? text.IndexOf(quote, StringComparison.Ordinal);
            if (at < 0) throw new InvalidDataException($"{keyPath}: the quote \"{quote}\" is not in the article.");
            return new TextRange(at, at + quote.Length);
        }

        bool SameReporter(string? proposed, string? keyReporter)
        {
            if (proposed is null || keyReporter is null || !parties.TryGetValue(keyReporter, out var party)) return false;
            if (party.Kind == nameof(PartyKind.Media) && party.NameInSource is null) return proposed == ActorRules.ArticleReporter;
            if (StoreNames.Same(proposed, party.Name!)) return true;
            var written = partyProposals.FirstOrDefault(p => p.Name == proposed)?.NameInSource;
            return written is not null && party.NameInSource is not null && StoreNames.Same(StoreNames.WithoutArticle(written), StoreNames.WithoutArticle(party.NameInSource));
        }

        bool SameSide(string? proposed, string? keySide) =>
            proposed is not null && keySide is not null && sides.TryGetValue(keySide, out var side)
            && (side.Kind == nameof(SideKind.Combined) ? proposed == SideNames.Combined : StoreNames.Same(proposed, side.Name!));

        var casualties = Score("casualty figures", key.CasualtyReports ?? [], proposals.OfType<CasualtyFigureProposal>(),
            k => Where(k.Quote!, k.QuoteStart), k => k.Id!,
            (k, p) => p.BestEstimate == k.BestEstimate && p.Low == k.Low && p.High == k.High && p.Qualifier.ToString() == k.Qualifier
                      && SameSide(p.AffectedSide, k.AffectedSide) && SameReporter(p.Reporter, k.Reporter)
                      && p.Category?.ToString() == k.Category && p.Kind?.ToString() == k.Kind && p.Basis.ToString() == k.Basis,
            p => $"{p.FigureAsWritten}: {p.Summary}");

        var events = Score("events", key.Events ?? [], proposals.OfType<EventProposal>(),
            k => Where(k.Quote!, k.QuoteStart), k => k.Id!,
            (k, p) => p.Kind.ToString() == k.Kind && p.OccurredAtLocal == k.OccurredAt && p.Precision.ToString() == k.Precision,
            p => $"{p.Kind} {p.OccurredAtLocal:yyyy-MM-dd HH:mm} \"{p.Quote}\"");

        var ceasefires = Score("ceasefires", key.Ceasefires ?? [], proposals.OfType<CeasefireProposal>(),
            k => Where(k.Quote!, k.QuoteStart), k => k.Id!,
            (k, p) => p.InForceFromLocal == k.InForceFrom && p.AnnouncedAtLocal == k.AnnouncedAt
                      && (k.Mediator is null ? p.Mediator is null : p.Mediator is not null && StoreNames.Same(p.Mediator, parties[k.Mediator].Name!))
                      && (k.Parties ?? []).Count == p.Parties.Count
                      && (k.Parties ?? []).All(kp => p.Parties.Any(pp => StoreNames.Same(pp, parties[kp].Name!))),
            p => p.Summary);

        var terms = Score("ceasefire terms", (key.Ceasefires ?? []).SelectMany(c => c.Terms ?? []).ToList(), proposals.OfType<CeasefireTermProposal>(),
            k => Where(k.Quote!, k.QuoteStart), k => k.Id!, (k, p) => p.Kind.ToString() == k.Kind, p => $"{p.Kind} \"{p.Quote}\"");

        var statements = Score("statements", key.Statements ?? [], proposals.OfType<StatementProposal>(),
            k => Where(k.Quote!, k.QuoteStart), k => k.Id!,
            (k, p) => p.IsDirectQuote == (k.IsDirectQuote ?? false)
                      && (k.Speaker is null ? p.Speaker is null : p.Speaker is not null && officials.TryGetValue(k.Speaker, out var o)
                          && (StoreNames.Same(p.Speaker, o.Name!) || (o.Aliases ?? "").Split(',').Any(a => StoreNames.Same(a, p.Speaker))))
                      && k.OnBehalfOf is not null && p.OnBehalfOf is not null && StoreNames.Same(p.OnBehalfOf, parties[k.OnBehalfOf].Name!),
            p => $"{p.Summary} \"{p.Quote}\"");

        return new EvaluationReport(Path.GetFileName(keyPath), analysis.Language, [casualties, events, ceasefires, terms, statements]);
    }

    private static KindScore Score<TKey, TProposal>(string kind, IReadOnlyList<TKey> keys, IEnumerable<TProposal> proposals,
        Func<TKey, TextRange> range, Func<TKey, string> id, Func<TKey, TProposal, bool> agrees, Func<TProposal, string> describe)
        where TProposal : Proposal
    {
        var list = proposals.ToList();
        var matched = new HashSet<string>();
        var wrong = new List<string>();
        foreach (var proposal in list)
        {
            var hit = keys.FirstOrDefault(k => !matched.Contains(id(k)) && range(k).Overlaps(proposal.Range) && agrees(k, proposal));
            if (hit is null) wrong.Add(describe(proposal));
            else matched.Add(id(hit));
        }
        var missed = keys.Where(k => !matched.Contains(id(k))).Select(id).ToList();
        return new KindScore(kind, keys.Count, list.Count, list.Count - wrong.Count, matched.Count, missed, wrong);
    }
}
