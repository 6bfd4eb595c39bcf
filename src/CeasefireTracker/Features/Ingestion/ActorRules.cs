using System.Text.RegularExpressions;

namespace CeasefireTracker.Features.Ingestion;

/// <summary>Who a stretch of the article names: a party (with its side, if any) or an official of one.</summary>
public sealed record ActorMention(TextRange Range, string Party, PartyKind Kind, string? Country, string? Official = null,
    bool IsSideAttribution = false, bool IsCountry = false);

/// <summary>A party the article names, as it will be proposed if the store does not hold it.</summary>
public sealed class PartyFound
{
    public required string Name { get; init; }
    public string? NameInSource { get; set; }
    public PartyKind Kind { get; init; }
    public string? Country { get; init; }
    public TextRange FirstSeen { get; init; }
    public int? StoredId { get; set; }
}

public sealed class OfficialFound
{
    public required string Name { get; init; }
    public List<string> Aliases { get; } = [];
    public string Role { get; set; } = "";
    public string? Party { get; set; }
    public TextRange FirstSeen { get; init; }
    public int? StoredId { get; init; }
}

/// <summary>
/// Finds the actors an article names, store first (names, names as sources write them, aliases), then the
/// language's patterns: an authority with its people's adjective ("les autorités azerbaïdjanaises"), a side named as
/// the teller ("du côté des Arméniens"), a state, a group, a person next to a role ("le porte-parole ..., Ibrahim Kalin").
/// </summary>
public sealed class ActorRules(ArticleText article, LanguageVocabulary vocabulary, StoreNames store)
{
    private static readonly Regex PersonName = new(@"(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}(?![\p{L}])", RegexOptions.CultureInvariant);

    public const string ArticleReporter = "The article itself (figure not attributed)";

    public Dictionary<string, PartyFound> Parties { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, OfficialFound> Officials { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<ActorMention> Mentions { get; } = [];

    public List<(TextRange Range, CountryEntry Country)> PeopleMentions { get; } = [];

    public List<(TextRange Range, CountryEntry Country)> PlaceMentions { get; } = [];

    private VocabularyMatchers M => vocabulary.Matchers;

    public void FindAll()
    {
        var n = article.Normalized;
        var all = new TextRange(0, n.Length);
        var candidates = new List<(ActorMention Mention, int Priority)>();

        foreach (var official in store.Officials)
            foreach (var name in new[] { official.Name }.Concat((official.Aliases ?? "").Split(',', ';').Select(a => a.Trim())).Where(a => a.Length > 2))
                foreach (var hit in PhraseMatcher.Of([name]).Find(n, 0, n.Length))
                {
                    var party = store.PartyById(official.PartyId);
                    AddOfficial(official.Name, hit.Start, hit.End, official.Role, party?.Name, official.Id);
                    candidates.Add((new ActorMention(new TextRange(hit.Start, hit.End), party?.Name ?? "", party?.Kind ?? PartyKind.State, null, official.Name), 0));
                }
        foreach (var party in store.Parties)
            foreach (var name in new[] { party.Name, party.NameInSource }.OfType<string>().Select(StoreNames.WithoutArticle).Where(s => s.Length > 2).Distinct())
                foreach (var hit in PhraseMatcher.Of([name]).Find(n, 0, n.Length))
                {
                    // A stored party stands for its side's people, and "Du côté des Arméniens" still attributes what follows.
                    var range = WithArticle(hit.Start, hit.End);
                    var sideAttribution = !vocabulary.IsBare && M.SideAttributions.First(n, range.Start, range.End) is { } h && h.Start == range.Start;
                    candidates.Add((new ActorMention(range, party.Name, party.Kind, store.SideById(party.SideId)?.Name, IsSideAttribution: sideAttribution), 1));
                }

        if (!vocabulary.IsBare)
        {
            FindPeople(candidates);
            FindAuthorities(candidates);
            foreach (var hit in M.SideAttributions.Find(n, 0, n.Length))
            {
                var country = Adjacent(M.Demonyms, hit.End) ?? Adjacent(M.CountryNames, hit.End);
                if (country is null) continue;
                var name = $"{country.Value.Value.Adjective} side (reporter not named)";
                candidates.Add((new ActorMention(new TextRange(hit.Start, country.Value.End), name, PartyKind.Authority, country.Value.Value.Key, IsSideAttribution: true), 2));
            }
            foreach (var hit in M.Groups.Find(n, 0, n.Length))
                candidates.Add((new ActorMention(WithArticle(hit.Start, hit.End), hit.Value.Key, hit.Value.Kind, null), 4));
            foreach (var hit in M.CountryNames.Find(n, 0, n.Length))
                candidates.Add((new ActorMention(WithArticle(hit.Start, hit.End), hit.Value.Key, PartyKind.State, hit.Value.Key, IsCountry: true), 5));
            foreach (var hit in M.Demonyms.Find(n, all.Start, all.End)) PeopleMentions.Add((new TextRange(hit.Start, hit.End), hit.Value));
            foreach (var hit in M.Places.Find(n, all.Start, all.End)) PlaceMentions.Add((new TextRange(hit.Start, hit.End), hit.Value));
        }

        // The most specific reading of each stretch wins: store records, then people, then composed names.
        foreach (var (mention, _) in candidates.OrderBy(c => c.Priority).ThenByDescending(c => c.Mention.Range.Length))
        {
            if (Mentions.Any(m => m.Range.Overlaps(mention.Range))) continue;
            Mentions.Add(mention);
            if (mention.Official is null && mention.Party.Length > 0) Register(mention);
        }
        Mentions.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        PeopleMentions.RemoveAll(p => Mentions.Any(m => m.Range.Overlaps(p.Range) && !m.IsCountry));
    }

    public PartyFound ArticleItself()
    {
        var stored = store.Parties.FirstOrDefault(p => StoreNames.Same(p.Name, ArticleReporter))
                     ?? store.Parties.FirstOrDefault(p => p.Kind == PartyKind.Media && p.Role == PartyRole.Reporter && p.Name.Contains("article", StringComparison.OrdinalIgnoreCase));
        var name = stored?.Name ?? ArticleReporter;
        if (!Parties.TryGetValue(name, out var found))
            Parties[name] = found = new PartyFound { Name = name, Kind = PartyKind.Media, StoredId = stored?.Id };
        return found;
    }

    /// <summary>The party a mention stands for (an official's party for an official).</summary>
    public string? PartyOf(ActorMention mention) =>
        mention.Official is not null ? Officials.GetValueOrDefault(mention.Official)?.Party : mention.Party;

    public IEnumerable<ActorMention> In(TextRange range) => Mentions.Where(m => m.Range.Start >= range.Start && m.Range.End <= range.End);

    private void Register(ActorMention mention)
    {
        var stored = store.Party(mention.Party, article.Slice(mention.Range));
        var name = stored?.Name ?? mention.Party;
        if (stored is not null && name != mention.Party)
        {
            var index = Mentions.IndexOf(mention);
            mention = mention with { Party = name };
            Mentions[index] = mention;
        }
        if (!Parties.ContainsKey(name))
            Parties[name] = new PartyFound
            {
                Name = name, NameInSource = article.Slice(mention.Range), Kind = stored?.Kind ?? mention.Kind,
                Country = mention.Country, FirstSeen = mention.Range, StoredId = stored?.Id,
            };
    }

    /// <summary>The phrase that starts right after <paramref name="end"/>, past spaces only.</summary>
    private PhraseHit<T>? Adjacent<T>(PhraseMatcher<T> matcher, int end)
    {
        var n = article.Normalized;
        var i = end;
        while (i < n.Length && n[i] == ' ') i++;
        return matcher.First(n, i, Math.Min(n.Length, i + 40)) is { } hit && hit.Start == i ? hit : null;
    }

    private TextRange WithArticle(int start, int end)
    {
        var n = article.Normalized;
        foreach (var a in M.Articles.OrderByDescending(a => a.Length))
        {
            var word = a.EndsWith('\'') ? a : a + " ";
            var from = start - word.Length;
            if (from >= 0 && string.CompareOrdinal(n, from, word, 0, word.Length) == 0 && (from == 0 || !char.IsLetter(n[from - 1])))
                return new TextRange(from, end);
        }
        return new TextRange(start, end);
    }

    private void FindAuthorities(List<(ActorMention, int)> candidates)
    {
        var n = article.Normalized;
        foreach (var hit in M.Authorities.Find(n, 0, n.Length))
        {
            PhraseHit<CountryEntry>? country;
            int start = hit.Start, end = hit.End;
            if (vocabulary.DemonymAfterAuthority)
            {
                // "les autorités azerbaïdjanaises", "le ministère arménien de la Défense"
                country = Adjacent(M.Demonyms, hit.End) ?? M.Demonyms.First(n, hit.Start, hit.End);
                if (country is null)
                {
                    var de = M.CountryNames.First(n, hit.End, Math.Min(n.Length, hit.End + 8));
                    if (de is not null && Regex.IsMatch(n[hit.End..de.Value.Start], @"^\s+(?:de|du|d')\s*(?:l'|la\s+)?$")) country = de;
                }
                if (country is not null)
                {
                    end = Math.Max(end, country.Value.End);
                    // "le ministère arménien de la Défense": the rest of a longer name after the people's adjective.
                    var longer = vocabulary.Authorities.Where(a => a.Phrase.StartsWith(hit.Phrase + " ", StringComparison.Ordinal))
                        .OrderByDescending(a => a.Phrase.Length)
                        .FirstOrDefault(a => string.CompareOrdinal(n, end, a.Phrase[hit.Phrase.Length..], 0, a.Phrase.Length - hit.Phrase.Length) == 0);
                    if (longer is not null)
                    {
                        end += longer.Phrase.Length - hit.Phrase.Length;
                        candidates.Add((new ActorMention(WithArticle(start, end), $"{country.Value.Value.Adjective} {longer.Name}", longer.Kind, country.Value.Value.Key), 3));
                        continue;
                    }
                }
            }
            else
            {
                // "Azerbaijani authorities", "Armenia's defence ministry"
                var before = Math.Max(0, hit.Start - 24);
                country = M.Demonyms.Find(n, before, hit.Start).LastOrDefault(h => string.IsNullOrWhiteSpace(n[h.End..hit.Start]));
                if (country is { Phrase: null })
                    country = M.CountryNames.Find(n, before, hit.Start).LastOrDefault(h => Regex.IsMatch(n[h.End..hit.Start], @"^'s\s+$"));
                if (country is { Phrase: not null }) start = country.Value.Start;
                else country = null;
            }
            if (country is null) continue;
            var entry = country.Value.Value;
            var name = $"{entry.Adjective} {hit.Value.Name}";
            candidates.Add((new ActorMention(WithArticle(start, end), name, hit.Value.Kind, entry.Key), 3));
        }
    }

    private void FindPeople(List<(ActorMention, int)> candidates)
    {
        var text = article.Text;
        var n = article.Normalized;
        foreach (var sentence in article.Sentences)
        {
            for (var match = PersonName.Match(text, sentence.Range.Start, sentence.Range.Length); match.Success; match = match.NextMatch())
            {
                var (start, end) = (match.Index, match.Index + match.Length);
                var words = n[start..end].Split(' ', '-');
                if (M.StopWords.Contains(words[0]) || M.Articles.Contains(words[0])) continue;
                if (M.CountryNames.Any(n, start, end) || M.Places.Any(n, start, end) || M.Months.Any(n, start, end)
                    || M.Weekdays.Any(n, start, end) || M.Groups.Any(n, start, end) || M.Demonyms.Any(n, start, end)
                    || M.TimeZones.Any(n, start, end)) continue;
                var windowStart = Math.Max(sentence.Range.Start, start - 110);
                var role = M.Roles.Find(n, windowStart, start).LastOrDefault();
                var roleAfter = M.Roles.First(n, end, Math.Min(sentence.Range.End, end + 40));
                var surname = words[^1];
                var known = Officials.Values.FirstOrDefault(o => ArticleText.Normalize(o.Name).Split(' ', '-')[^1] == surname);
                if (role is { Phrase: null } && roleAfter is null && known is null) continue;
                string? party = null;
                if (role is { Phrase: not null } r)
                {
                    var from = Math.Max(sentence.Range.Start, r.Start - 50);
                    var demonym = M.Demonyms.Find(n, from, start).LastOrDefault();
                    var country = M.CountryNames.Find(n, from, start).LastOrDefault();
                    var nearest = new[] { demonym, country }.Where(h => h.Phrase is not null).OrderByDescending(h => h.Start).FirstOrDefault();
                    if (nearest.Phrase is not null) party = nearest.Value.Key;
                }
                else if (roleAfter is { } ra)
                {
                    var country = M.Demonyms.First(n, end, Math.Min(sentence.Range.End, ra.End + 30)) ?? M.CountryNames.First(n, end, Math.Min(sentence.Range.End, ra.End + 30));
                    party = country?.Value.Key;
                }
                var roleName = (role is { Phrase: not null } rr ? rr.Value : roleAfter?.Value)?.Role;
                var name = known?.Name ?? text[start..end];
                AddOfficial(name, start, end, roleName, known?.Party ?? party, known?.StoredId);
                candidates.Add((new ActorMention(new TextRange(start, end), Officials[name].Party ?? "", PartyKind.State, null, name), 0));
            }
            // A surname alone names an official found earlier ("Lavrov a également indiqué").
            foreach (var official in Officials.Values.ToList())
            {
                var surname = ArticleText.Normalize(official.Name).Split(' ', '-')[^1];
                foreach (var hit in PhraseMatcher.Of([surname]).Find(n, sentence.Range.Start, sentence.Range.End))
                    if (char.IsUpper(text[hit.Start]))
                        candidates.Add((new ActorMention(new TextRange(hit.Start, hit.End), official.Party ?? "", PartyKind.State, null, official.Name), 6));
            }
        }
    }

    private void AddOfficial(string name, int start, int end, string? role, string? party, int? storedId)
    {
        if (Officials.TryGetValue(name, out var existing))
        {
            var written = article.Slice(start, end);
            if (!StoreNames.Same(written, existing.Name) && !existing.Aliases.Any(a => StoreNames.Same(a, written))) existing.Aliases.Add(written);
            if (existing.Party is null) existing.Party = party;
            if (existing.Role.Length == 0 && role is not null) existing.Role = role;
            return;
        }
        // The same surname is the same person, spelled another way ("Serguey Lavrov" for "Sergey Lavrov").
        var surname = ArticleText.Normalize(name).Split(' ', '-')[^1];
        var same = Officials.Values.FirstOrDefault(o => ArticleText.Normalize(o.Name).Split(' ', '-')[^1] == surname);
        if (same is not null)
        {
            if (!same.Aliases.Any(a => StoreNames.Same(a, name))) same.Aliases.Add(name);
            Officials[name] = same;
            return;
        }
        Officials[name] = new OfficialFound { Name = name, Role = role ?? "", Party = party, FirstSeen = new TextRange(start, end), StoredId = storedId };
    }
}
