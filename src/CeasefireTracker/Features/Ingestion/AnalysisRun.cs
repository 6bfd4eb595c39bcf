using System.Globalization;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Features.Ingestion;

/// <summary>One reading of one article: dates, actors, then figures, events, the ceasefire, statements, and the
/// sides, parties and officials they name that the store does not hold yet.</summary>
internal sealed class AnalysisRun
{
    private static readonly Regex Number = new(@"(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:[ .,]\d{3})+|\d+)(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant);
    private static readonly string[] Pronouns = ["il", "elle", "ils", "elles", "he", "she", "it", "they", "on"];

    private readonly ArticleText _article;
    private readonly LanguageVocabulary _v;
    private readonly StoreNames _store;
    private readonly DateOnly _date;
    private readonly CancellationToken _ct;
    private readonly List<Proposal> _proposals = [];
    private readonly Dictionary<int, List<DateMention>> _dates = [];
    private readonly HashSet<int> _figureSentences = [];
    private readonly HashSet<string> _usedSides = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _usedParties = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PartyRole> _roles = new(StringComparer.OrdinalIgnoreCase);
    private ActorRules _actors = null!;
    private DateOnly? _conflictStart;
    private int _next;

    public AnalysisRun(ArticleText article, LanguageVocabulary vocabulary, StoreNames store, DateOnly date, CancellationToken ct)
    {
        _article = article;
        _v = vocabulary;
        _store = store;
        _date = date;
        _ct = ct;
    }

    private VocabularyMatchers M => _v.Matchers;

    private string NextId() => $"p{++_next}";

    public List<Proposal> All()
    {
        var rules = DateRules.For(_v);
        foreach (var sentence in _article.Sentences)
        {
            _ct.ThrowIfCancellationRequested();
            _dates[sentence.Index] = rules.Find(_article, sentence.Range, _date);
        }
        _actors = new ActorRules(_article, _v, _store);
        _actors.FindAll();

        Resumptions();
        Casualties();
        Events();
        Ceasefire();
        Statements();
        Participants();
        return Ordered();
    }

    /// <summary>For a language without a file: digits and numeric dates, unclassified, for the analyst to complete.</summary>
    public List<Proposal> NumbersOnly()
    {
        var rules = DateRules.For(_v);
        foreach (var sentence in _article.Sentences)
        {
            _ct.ThrowIfCancellationRequested();
            var dates = rules.Find(_article, sentence.Range, _date);
            foreach (var date in dates)
                _proposals.Add(new EventProposal
                {
                    Id = NextId(), Quote = date.AsWritten, QuoteStart = date.Range.Start, Kind = EventKind.Other, Confidence = Confidence.Low,
                    Title = Excerpt(sentence.Range), OccurredAtLocal = date.Local, Precision = date.Precision, TimeAsWritten = date.AsWritten,
                    TimeZoneId = date.TimeZoneId ?? "UTC", TimeZoneBasis = date.ZoneStated ? TimeZoneBasis.Stated : TimeZoneBasis.Implied,
                    Note = "A date in a language the rules do not read: what happened on it is for the analyst to say.",
                });
            for (var match = Number.Match(_article.Normalized, sentence.Range.Start, sentence.Range.Length); match.Success; match = match.NextMatch())
            {
                var range = new TextRange(match.Index, match.Index + match.Length);
                if (dates.Any(d => d.Range.Overlaps(range))) continue;
                if (!int.TryParse(new string(match.Value.Where(char.IsDigit).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var value)) continue;
                var quote = _article.Trim(sentence.Range, keepFinalStop: true);
                _proposals.Add(new CasualtyFigureProposal
                {
                    Id = NextId(), Quote = _article.Slice(quote), QuoteStart = quote.Start, FigureAsWritten = match.Value,
                    BestEstimate = value, Qualifier = FigureQualifier.Exact, Basis = FigureBasis.Cumulative, PeriodEnd = _date,
                    Confidence = Confidence.Low,
                    Note = "A number in a language the rules do not read: whether it counts casualties, and which, is for the analyst to say.",
                });
            }
        }
        return Ordered();
    }

    private List<Proposal> Ordered() => _proposals.OrderBy(p => p.QuoteStart).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>"ces combats qui ont repris le 27 septembre dernier": fighting (re)starting on a day, and the start of tolls.</summary>
    private void Resumptions()
    {
        var n = _article.Normalized;
        foreach (var sentence in _article.Sentences)
            foreach (var hit in M.Resumption.Find(n, sentence.Range.Start, sentence.Range.End))
            {
                var date = _dates[sentence.Index].FirstOrDefault(d => d.Range.Start >= hit.End && d.Range.Start - hit.End < 25 && d.HasDay);
                if (date is null) continue;
                var clause = _article.Clauses(sentence.Range).FirstOrDefault(c => c.Contains(hit.Start));
                var quote = _article.Trim(new TextRange(clause.Length > 0 ? clause.Start : hit.Start, date.Range.End));
                var (zone, basis) = Zone(sentence, date);
                _proposals.Add(new EventProposal
                {
                    Id = NextId(), Kind = EventKind.Fighting, Quote = _article.Slice(quote), QuoteStart = quote.Start,
                    Title = Excerpt(quote), OccurredAtLocal = date.Local, Precision = date.Precision, TimeAsWritten = date.AsWritten,
                    TimeZoneId = zone, TimeZoneBasis = basis, Parties = BelligerentsNear(sentence), Confidence = Confidence.Medium,
                });
                var day = DateOnly.FromDateTime(date.Local);
                if (_conflictStart is null || day < _conflictStart) _conflictStart = day;
                _figureSentences.Add(-1 - sentence.Index); // marks the sentence as holding an event already
            }
    }

    private void Casualties()
    {
        var rules = new CasualtyRules(_article, _v, _actors, _date);
        Attribution? previous = null;
        foreach (var sentence in _article.Sentences)
        {
            _ct.ThrowIfCancellationRequested();
            var attribution = Attribute(sentence) ?? (previous is { } p && p.Paragraph == sentence.Paragraph && p.Explicit ? p with { Range = null } : null);
            previous = attribution is null ? null : attribution with { Paragraph = sentence.Paragraph };
            var reporter = attribution?.Party ?? _actors.ArticleItself().Name;
            var figures = rules.Find(sentence, _dates[sentence.Index], reporter, attribution?.Country, attribution?.SideCountry,
                _conflictStart, attribution?.Range, NextId);
            if (figures.Count == 0) continue;
            _figureSentences.Add(sentence.Index);
            _usedParties.Add(reporter);
            if (!_roles.ContainsKey(reporter)) _roles[reporter] = PartyRole.Reporter;
            foreach (var figure in figures)
            {
                figure.AffectedSide = SideName(figure.AffectedSide!);
                _proposals.Add(figure);
            }
        }
    }

    private sealed record Attribution(string Party, string? Country, string? SideCountry, TextRange? Range, bool Explicit, int Paragraph = 0);

    /// <summary>Who a sentence says is speaking: "selon X", "X a déclaré", "du côté des Arméniens".</summary>
    private Attribution? Attribute(Sentence sentence)
    {
        var n = _article.Normalized;
        var range = sentence.Range;
        var mentions = _actors.In(range).ToList();
        var side = mentions.FirstOrDefault(m => m.IsSideAttribution);
        foreach (var prefix in M.AttributionPrefixes.Find(n, range.Start, range.End))
        {
            var after = mentions.FirstOrDefault(m => m.Range.Start >= prefix.End && m.Range.Start - prefix.End < 60);
            if (after is not null) return Of(after, side);
        }
        foreach (var verb in M.AttributionVerbs.Find(n, range.Start, range.End))
        {
            var speaker = Speaker(sentence, verb.Start, mentions);
            if (speaker is not null) return Of(speaker, side);
        }
        return side is null ? null : Of(side, side);
    }

    private Attribution Of(ActorMention mention, ActorMention? side)
    {
        var party = _actors.PartyOf(mention) ?? mention.Party;
        var country = mention.Country ?? (mention.Official is not null ? _actors.Officials[mention.Official].Party : null);
        if (party.Length == 0) party = _actors.ArticleItself().Name;
        return new Attribution(party, CountryIfSide(country ?? _actors.Parties.GetValueOrDefault(party)?.Country, mention), side?.Country,
            mention.Range, true);
    }

    // The teller's own people are whose figures it gives, unless it is a mediator or a group.
    private static string? CountryIfSide(string? country, ActorMention mention) =>
        mention.Kind is PartyKind.InternationalGroup or PartyKind.Media ? null : country;

    /// <summary>The subject of a reporting verb: the actor right before it, the sentence's subject for a pronoun, or right after it.</summary>
    private ActorMention? Speaker(Sentence sentence, int verbStart, List<ActorMention> mentions)
    {
        var n = _article.Normalized;
        var before = n[Math.Max(sentence.Range.Start, verbStart - 8)..verbStart].Trim().Split(' ', '\'').LastOrDefault();
        if (before is not null && Pronouns.Contains(before))
            return mentions.FirstOrDefault(m => m.Range.Start - sentence.Range.Start < 20);
        var last = mentions.LastOrDefault(m => m.Range.End <= verbStart && !InsideQuote(m.Range, sentence));
        if (last is not null && verbStart - last.Range.End < 60) return last;
        return mentions.FirstOrDefault(m => m.Range.Start > verbStart && m.Range.Start - verbStart < 30);
    }

    private bool InsideQuote(TextRange range, Sentence sentence)
    {
        var n = _article.Normalized;
        var quotes = 0;
        for (var i = sentence.Range.Start; i < range.Start; i++) if (n[i] == '"') quotes++;
        return quotes % 2 == 1;
    }

    private void Events()
    {
        var n = _article.Normalized;
        EventKind[] priority = [EventKind.CeasefireInForce, EventKind.CeasefireAgreed, EventKind.Announcement, EventKind.Talks, EventKind.Statement, EventKind.Fighting];
        foreach (var sentence in _article.Sentences)
        {
            if (_figureSentences.Contains(-1 - sentence.Index)) continue;
            var kinds = M.EventKinds.Find(n, sentence.Range.Start, sentence.Range.End).Select(h => h.Value).ToHashSet();
            if (kinds.Count == 0) continue;
            var kind = priority.First(kinds.Contains);
            var dates = _dates[sentence.Index].Where(d => d.HasDay || d.Precision >= TimePrecision.Hour).ToList();
            var date = dates.FirstOrDefault();
            var hasActor = _actors.In(sentence.Range).Any();
            if (date is null && (kind == EventKind.Fighting || !hasActor || _figureSentences.Contains(sentence.Index) || IsDirectQuoteSentence(sentence))) continue;
            // A sentence that gives tolls is recorded as its figures, not again as fighting or a statement.
            if ((date is null || _figureSentences.Contains(sentence.Index)) && kind is EventKind.Statement or EventKind.Fighting) continue;
            var end = date is null ? sentence.Range.End : Math.Max(date.Range.End, QuoteEndOfKind(sentence, kind));
            var quote = _article.Trim(new TextRange(sentence.Range.Start, end));
            var (zone, basis) = Zone(sentence, date);
            _proposals.Add(new EventProposal
            {
                Id = NextId(), Kind = kind, Quote = _article.Slice(quote), QuoteStart = quote.Start, Title = Excerpt(quote),
                OccurredAtLocal = date?.Local ?? _date.ToDateTime(TimeOnly.MinValue), Precision = date?.Precision ?? TimePrecision.Day,
                TimeAsWritten = date?.AsWritten, TimeZoneId = zone, TimeZoneBasis = basis, Parties = PartiesIn(sentence.Range),
                Confidence = date is null ? Confidence.Medium : Confidence.High,
                Note = date is null ? "The sentence gives no date: the article's date is taken." : null,
            });
        }
    }

    private int QuoteEndOfKind(Sentence sentence, EventKind kind) =>
        M.EventKinds.Find(_article.Normalized, sentence.Range.Start, sentence.Range.End).Where(h => h.Value == kind).Select(h => h.End).DefaultIfEmpty(0).Max();

    private bool IsDirectQuoteSentence(Sentence sentence) => _article.Normalized.AsSpan(sentence.Range.Start, sentence.Range.Length).Count('"') >= 2;

    private void Ceasefire()
    {
        var n = _article.Normalized;
        var sentences = _article.Sentences.Where(s => M.Ceasefire.Any(n, s.Range.Start, s.Range.End) && !IsDirectQuoteSentence(s)).ToList();
        if (sentences.Count == 0) return;

        DateMention? inForce = null;
        Sentence? inForceSentence = null;
        foreach (var sentence in sentences)
        {
            foreach (var marker in M.InForce.Find(n, sentence.Range.Start, sentence.Range.End))
            {
                inForce = _dates[sentence.Index].FirstOrDefault(d => d.Range.Start >= marker.Start && d.Range.Start - marker.End < 40);
                if (inForce is not null) { inForceSentence = sentence; break; }
            }
            if (inForce is not null) break;
        }
        var announcedSentence = sentences.FirstOrDefault(s => _dates[s.Index].Any(d => d.HasDay && d != inForce));
        var announced = announcedSentence is null ? null : _dates[announcedSentence.Index].First(d => d.HasDay && d != inForce);

        string? mediator = null;
        foreach (var sentence in _article.Sentences)
            foreach (var marker in M.Mediation.Find(n, sentence.Range.Start, sentence.Range.End))
                mediator ??= _actors.In(sentence.Range).Where(m => m.Range.Start >= marker.End && m.Range.Start - marker.End < 30)
                    .Select(m => _actors.PartyOf(m)).FirstOrDefault(p => !string.IsNullOrEmpty(p));
        foreach (var sentence in sentences.Where(_ => mediator is null))
            foreach (var marker in M.AttributionVerbs.Find(n, sentence.Range.Start, sentence.Range.End))
                if (Speaker(sentence, marker.Start, _actors.In(sentence.Range).ToList()) is { Official: not null } speaker)
                    mediator ??= _actors.PartyOf(speaker);

        // The parties: the states named after the word ("un cessez-le-feu entre l'Azerbaïdjan et l'Arménie"), else anywhere
        // in the ceasefire's sentences ("Azerbaijan and Armenia agreed to a ceasefire"); never the mediator.
        var parties = new List<string>();
        foreach (var after in new[] { true, false })
        {
            foreach (var sentence in sentences)
            {
                var word = M.Ceasefire.First(n, sentence.Range.Start, sentence.Range.End)!.Value;
                foreach (var mention in _actors.In(new TextRange(after ? word.End : sentence.Range.Start, sentence.Range.End)).Where(m => m.IsCountry))
                    if (mention.Party != mediator && !parties.Contains(mention.Party)) parties.Add(mention.Party);
            }
            if (parties.Count > 0) break;
        }

        var quoteSentence = inForceSentence ?? sentences[0];
        var quote = _article.Trim(inForce is null ? quoteSentence.Range : new TextRange(quoteSentence.Range.Start, inForce.Range.End));
        var (zone, basis) = Zone(quoteSentence, inForce);
        var announcedAt = announced?.Local ?? _date.ToDateTime(TimeOnly.MinValue);
        var ceasefire = new CeasefireProposal
        {
            Id = NextId(), Quote = _article.Slice(quote), QuoteStart = quote.Start,
            Name = $"Ceasefire {(inForce is null ? "announced" : "in force")} {SourcedTime.Format(DateOnly.FromDateTime(inForce?.Local ?? announcedAt))}",
            Mediator = mediator, Parties = parties, AnnouncedAtLocal = announcedAt, AnnouncedPrecision = announced?.Precision ?? TimePrecision.Day,
            InForceFromLocal = inForce?.Local, InForcePrecision = inForce?.Precision ?? TimePrecision.Day, InForceAsWritten = inForce?.AsWritten,
            TimeZoneId = zone, TimeZoneBasis = basis, Confidence = inForce is null ? Confidence.Medium : Confidence.High,
            Note = announced is null ? "Announced on the article's date (no other date given)." : $"Announced \"{announced.AsWritten}\".",
        };
        _proposals.Add(ceasefire);
        if (mediator is not null) { _usedParties.Add(mediator); _roles[mediator] = PartyRole.Mediator; }
        foreach (var party in parties) { _usedParties.Add(party); _roles.TryAdd(party, PartyRole.Belligerent); }

        // Terms: in the ceasefire's sentences, or where the parties commit to something ("ont accepté d'engager des pourparlers").
        var termSentences = _article.Sentences.Where(s => sentences.Contains(s) || M.TermCommitments.Any(n, s.Range.Start, s.Range.End));
        var seen = new HashSet<CeasefireTermKind>();
        foreach (var sentence in termSentences)
            foreach (var hit in M.Terms.Find(n, sentence.Range.Start, sentence.Range.End))
            {
                if (!seen.Add(hit.Value)) continue;
                var clause = _article.Clauses(sentence.Range).First(c => c.Contains(hit.Start));
                var termQuote = _article.Trim(clause);
                _proposals.Add(new CeasefireTermProposal
                {
                    Id = NextId(), CeasefireProposalId = ceasefire.Id, Kind = hit.Value, Quote = _article.Slice(termQuote), QuoteStart = termQuote.Start,
                    Description = TermDescription(hit.Value), Confidence = Confidence.Medium,
                });
            }
    }

    private static string TermDescription(CeasefireTermKind kind) => kind switch
    {
        CeasefireTermKind.ExchangeOfBodies => "Exchange of bodies.",
        CeasefireTermKind.ExchangeOfPrisoners => "Exchange of prisoners.",
        CeasefireTermKind.CommitmentToTalks => "The parties commit to talks.",
        CeasefireTermKind.Withdrawal => "Withdrawal of forces.",
        CeasefireTermKind.HumanitarianAccess => "Humanitarian access.",
        CeasefireTermKind.Monitoring => "Monitoring of the ceasefire.",
        _ => "Other term.",
    };

    private void Statements()
    {
        var n = _article.Normalized;
        foreach (var sentence in _article.Sentences)
        {
            if (_figureSentences.Contains(sentence.Index)) continue;
            var mentions = _actors.In(sentence.Range).ToList();
            var saidOn = _dates[sentence.Index].FirstOrDefault(d => d.HasDay && d.Local.Date <= _date.ToDateTime(TimeOnly.MinValue));
            var open = n.IndexOf('"', sentence.Range.Start, sentence.Range.Length);
            var close = open < 0 ? -1 : n.IndexOf('"', open + 1, sentence.Range.End - open - 1);
            if (open >= 0 && close > open + 15)
            {
                var verbAfter = M.QuoteAttributionAfter.First(n, close, Math.Min(sentence.Range.End, close + 12));
                // ", a déclaré Ibrahim Kalin." / "Prime Minister Nikol Pashinyan said." / "Lavrov said: \"...\""
                var speaker = verbAfter is not null
                    ? mentions.FirstOrDefault(m => m.Range.Start >= verbAfter.Value.End && m.Official is not null && m.Range.Start - verbAfter.Value.End < 80)
                      ?? mentions.FirstOrDefault(m => m.Range.Start >= verbAfter.Value.End && m.Range.Start - verbAfter.Value.End < 40)
                    : mentions.FirstOrDefault(m => m.Range.Start > close && m.Official is not null && m.Range.Start - close < 60)
                      ?? mentions.LastOrDefault(m => m.Range.End <= open && open - m.Range.End < 60);
                var inner = _article.Trim(new TextRange(open + 1, close));
                AddStatement(inner, speaker, true, saidOn);
                continue;
            }
            foreach (var verb in M.AttributionVerbs.Find(n, sentence.Range.Start, sentence.Range.End))
            {
                var speaker = Speaker(sentence, verb.Start, mentions);
                if (speaker is null) continue;
                var start = speaker.Range.End <= verb.Start ? speaker.Range.Start : verb.Start;
                var pronounSubject = speaker.Range.End < verb.Start - 12;
                if (pronounSubject) start = verb.Start - 8 >= sentence.Range.Start ? PronounStart(sentence, verb.Start) : verb.Start;
                AddStatement(_article.Trim(new TextRange(start, sentence.Range.End), keepFinalStop: true), speaker, false, saidOn);
                break;
            }
        }
    }

    private int PronounStart(Sentence sentence, int verbStart)
    {
        var n = _article.Normalized;
        var i = verbStart - 1;
        while (i > sentence.Range.Start && n[i] == ' ') i--;
        while (i > sentence.Range.Start && char.IsLetter(n[i - 1])) i--;
        return i;
    }

    private void AddStatement(TextRange quote, ActorMention? speaker, bool direct, DateMention? saidOn)
    {
        if (quote.Length == 0) return;
        var official = speaker?.Official is { } o ? _actors.Officials[o] : null;
        var party = speaker is null ? null : _actors.PartyOf(speaker);
        if (string.IsNullOrEmpty(party)) party = null;
        if (party is not null) _usedParties.Add(party);
        _proposals.Add(new StatementProposal
        {
            Id = NextId(), Quote = _article.Slice(quote), QuoteStart = quote.Start, Speaker = official?.Name, OnBehalfOf = party,
            IsDirectQuote = direct, SaidOn = saidOn is null ? _date : DateOnly.FromDateTime(saidOn.Local),
            Confidence = party is null ? Confidence.Low : Confidence.High,
            Note = party is null ? "No speaker found: choose on whose behalf this was said." : null,
        });
    }

    /// <summary>Sides, parties and officials that proposals name and the store does not hold.</summary>
    private void Participants()
    {
        foreach (var official in _actors.Officials.Values.Distinct())
        {
            if (official.Party is { } p) { _usedParties.Add(p); }
            if (official.StoredId is not null) continue;
            _proposals.Add(new OfficialProposal
            {
                Id = NextId(), Name = official.Name, Aliases = official.Aliases.Count == 0 ? null : string.Join(", ", official.Aliases),
                Role = official.Role.Length == 0 ? "Official" : official.Role, Party = official.Party is null ? null : PartyName(official.Party),
                Quote = _article.Slice(official.FirstSeen), QuoteStart = official.FirstSeen.Start,
                Confidence = official.Party is null || official.Role.Length == 0 ? Confidence.Low : Confidence.Medium,
            });
        }
        foreach (var mention in _actors.Mentions.Where(m => m.Official is null && m.Party.Length > 0 && !m.IsCountry))
            _usedParties.Add(mention.Party);
        foreach (var mention in _actors.Mentions.Where(m => m.IsCountry)) _usedParties.Add(mention.Party);

        foreach (var name in _usedParties)
        {
            if (!_actors.Parties.TryGetValue(name, out var found))
            {
                var stored = _store.Party(name, null);
                if (stored is not null) continue;
                var entry = _v.Countries.FirstOrDefault(c => c.Key == name);
                if (entry is null) continue;
                found = new PartyFound { Name = name, Kind = PartyKind.State, Country = name };
                _actors.Parties[name] = found;
            }
            if (found.StoredId is not null) continue;
            var role = _roles.GetValueOrDefault(name, found.Kind switch
            {
                PartyKind.Media => PartyRole.Reporter,
                PartyKind.ArmedForces => PartyRole.Belligerent,
                _ when found.Country is { } c && _usedSides.Contains(c) => PartyRole.Belligerent,
                _ => PartyRole.Observer,
            });
            var side = found.Country is { } country && (_usedSides.Contains(country) || role == PartyRole.Belligerent) ? SideName(country) : null;
            var parent = found.Kind != PartyKind.State && found.Country is { } pc && found.Name != pc ? PartyName(pc) : null;
            if (parent is not null && _store.Party(parent, null) is null && !_actors.Parties.ContainsKey(parent)) parent = null;
            _proposals.Add(new PartyProposal
            {
                Id = NextId(), Name = found.Name, NameInSource = found.NameInSource, Kind = found.Kind, Role = role, Side = side, Parent = parent,
                Quote = found.NameInSource ?? "", QuoteStart = found.FirstSeen.Start,
                Confidence = role == PartyRole.Observer ? Confidence.Low : Confidence.Medium,
                Note = role == PartyRole.Observer ? "The article does not say which part this party plays: check its role." : null,
            });
        }

        foreach (var side in _usedSides)
        {
            var isCombined = side == SideNames.Combined;
            if (isCombined ? _store.CombinedSide is not null : _store.Sides.Any(s => StoreNames.Same(s.Name, side))) continue;
            _proposals.Add(new SideProposal { Id = NextId(), Name = side, Kind = isCombined ? SideKind.Combined : SideKind.Single, Confidence = Confidence.Medium });
        }
    }

    /// <summary>The name of a side: the stored one matching the country, or the country's own.</summary>
    private string SideName(string countryKeyOrCombined)
    {
        if (countryKeyOrCombined == SideNames.Combined)
        {
            var combined = _store.CombinedSide?.Name ?? SideNames.Combined;
            _usedSides.Add(_store.CombinedSide is null ? SideNames.Combined : combined);
            return combined;
        }
        var entry = _v.Countries.FirstOrDefault(c => c.Key == countryKeyOrCombined);
        var stored = _store.Side(countryKeyOrCombined, entry?.Names ?? []);
        var name = stored?.Name ?? countryKeyOrCombined;
        _usedSides.Add(name);
        return name;
    }

    private string PartyName(string name) => _store.Party(name, null)?.Name ?? name;

    private List<string> PartiesIn(TextRange range) =>
        _actors.In(range).Select(m => _actors.PartyOf(m)).OfType<string>().Where(p => p.Length > 0).Distinct().ToList();

    private List<string> BelligerentsNear(Sentence sentence) =>
        _actors.Mentions.Where(m => m.Range.Start >= sentence.Range.Start && m.Kind == PartyKind.ArmedForces && m.Range.Start - sentence.Range.End < 400)
            .Select(m => m.Party).Distinct().Take(2).ToList();

    /// <summary>
    /// The zone a time is in: the one the text states next to it, else the place the sentence names, else the first
    /// place of the article, else UTC; always said which.
    /// </summary>
    private (string Zone, TimeZoneBasis Basis) Zone(Sentence sentence, DateMention? date)
    {
        if (date?.TimeZoneId is { } stated) return (stated, TimeZoneBasis.Stated);
        var place = _actors.PlaceMentions.FirstOrDefault(p => sentence.Range.Contains(p.Range.Start));
        if (place.Country is null) place = _actors.PlaceMentions.FirstOrDefault();
        return (place.Country?.TimeZone ?? "UTC", TimeZoneBasis.Implied);
    }

    private string Excerpt(TextRange range)
    {
        var text = _article.Slice(range).Trim();
        if (text.Length <= 120) return text;
        var cut = text.LastIndexOf(' ', 117);
        return text[..(cut > 40 ? cut : 117)] + "…";
    }
}
