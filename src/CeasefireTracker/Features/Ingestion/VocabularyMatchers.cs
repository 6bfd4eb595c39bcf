using System.Text.RegularExpressions;

namespace CeasefireTracker.Features.Ingestion;

/// <summary>The vocabulary's phrase lists compiled once per language.</summary>
internal sealed class VocabularyMatchers
{
    public VocabularyMatchers(LanguageVocabulary v)
    {
        NumberWords = new(v.NumberWords.Select(p => (p.Key, p.Value)));
        VagueQuantities = new(v.VagueQuantities.Select(q => (q.Phrase, q)));
        Qualifiers = new(v.Qualifiers.Select(q => (q.Phrase, q)));
        Undisclosed = PhraseMatcher.Of(v.Undisclosed, allowAdverb: true);
        Kinds = new(v.Kinds.SelectMany(k => k.Value.Select(p => (p, k.Key))));
        Categories = new(v.Categories.SelectMany(k => k.Value.Select(p => (p, k.Key))));
        People = PhraseMatcher.Of(v.People);
        Units = PhraseMatcher.Of(v.Units);
        Months = new(v.Months.Select(p => (p.Key, p.Value)));
        Weekdays = new(v.Weekdays.Select(p => (p.Key, p.Value)));
        RelativeDays = new(v.RelativeDays.Select(p => (p.Key, p.Value)));
        RelativeMonths = new(v.RelativeMonths.Select(p => (p.Key, p.Value)));
        PastMarkers = PhraseMatcher.Of(v.PastMarkers);
        FutureMarkers = PhraseMatcher.Of(v.FutureMarkers);
        FutureTense = PhraseMatcher.Of(v.FutureTense);
        TimesOfDay = new(v.TimesOfDay.Select(t => (t.Phrase, t)));
        Clock = new Regex(v.ClockPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        PartsOfDay = new(v.PartsOfDay.Select(p => (p.Key, p.Value)));
        TimeZones = new(v.TimeZoneWords.Select(z => (z.Phrase, z.TimeZone)));
        Cumulative = PhraseMatcher.Of(v.CumulativeMarkers);
        Increment = PhraseMatcher.Of(v.IncrementMarkers);
        CumulativeTarget = v.CumulativeTarget is null ? null : new Regex(v.CumulativeTarget, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        AttributionVerbs = PhraseMatcher.Of(v.AttributionVerbs, allowAdverb: true);
        AttributionPrefixes = PhraseMatcher.Of(v.AttributionPrefixes);
        SideAttributions = PhraseMatcher.Of(v.SideAttributions);
        Authorities = new(v.Authorities.Select(a => (a.Phrase, a)));
        Roles = new(v.OfficialRoles.Select(r => (r.Phrase, r)));
        Mediation = PhraseMatcher.Of(v.MediationMarkers);
        Ceasefire = PhraseMatcher.Of(v.CeasefireWords);
        InForce = PhraseMatcher.Of(v.InForceMarkers, allowAdverb: true);
        EventKinds = new(v.EventKinds.SelectMany(k => k.Value.Select(p => (p, k.Key))), allowAdverb: true);
        Resumption = PhraseMatcher.Of(v.EventResumption, allowAdverb: true);
        Terms = new(v.Terms.SelectMany(k => k.Value.Select(p => (p, k.Key))));
        TermCommitments = PhraseMatcher.Of(v.TermCommitments, allowAdverb: true);
        QuoteAttributionAfter = PhraseMatcher.Of(v.QuoteAttributionAfter, allowAdverb: true);
        Separators = v.ClauseSeparators.Select(ArticleText.Normalize).ToList();
        Articles = v.Articles.Select(ArticleText.Normalize).ToList();
        CountryNames = new(v.Countries.SelectMany(c => c.Names.Select(n => (n, c))));
        Demonyms = new(v.Countries.SelectMany(c => c.Demonyms.Select(n => (n, c))));
        Places = new(v.Countries.SelectMany(c => (c.Places ?? []).Select(n => (n, c))));
        Groups = new(v.Groups.SelectMany(g => g.Names.Select(n => (n, g))));
        StopWords = new HashSet<string>(v.StopWords.Select(ArticleText.Normalize), StringComparer.Ordinal);
    }

    public PhraseMatcher<long> NumberWords { get; }
    public PhraseMatcher<QualifiedPhrase> VagueQuantities { get; }
    public PhraseMatcher<QualifiedPhrase> Qualifiers { get; }
    public PhraseMatcher<string> Undisclosed { get; }
    public PhraseMatcher<CasualtyKind> Kinds { get; }
    public PhraseMatcher<CasualtyCategory> Categories { get; }
    public PhraseMatcher<string> People { get; }
    public PhraseMatcher<string> Units { get; }
    public PhraseMatcher<int> Months { get; }
    public PhraseMatcher<DayOfWeek> Weekdays { get; }
    public PhraseMatcher<int> RelativeDays { get; }
    public PhraseMatcher<int> RelativeMonths { get; }
    public PhraseMatcher<string> PastMarkers { get; }
    public PhraseMatcher<string> FutureMarkers { get; }
    public PhraseMatcher<string> FutureTense { get; }
    public PhraseMatcher<TimeOfDayPhrase> TimesOfDay { get; }
    public Regex Clock { get; }
    public PhraseMatcher<string> PartsOfDay { get; }
    public PhraseMatcher<string> TimeZones { get; }
    public PhraseMatcher<string> Cumulative { get; }
    public PhraseMatcher<string> Increment { get; }
    public Regex? CumulativeTarget { get; }
    public PhraseMatcher<string> AttributionVerbs { get; }
    public PhraseMatcher<string> AttributionPrefixes { get; }
    public PhraseMatcher<string> SideAttributions { get; }
    public PhraseMatcher<AuthorityPhrase> Authorities { get; }
    public PhraseMatcher<RolePhrase> Roles { get; }
    public PhraseMatcher<string> Mediation { get; }
    public PhraseMatcher<string> Ceasefire { get; }
    public PhraseMatcher<string> InForce { get; }
    public PhraseMatcher<EventKind> EventKinds { get; }
    public PhraseMatcher<string> Resumption { get; }
    public PhraseMatcher<CeasefireTermKind> Terms { get; }
    public PhraseMatcher<string> TermCommitments { get; }
    public PhraseMatcher<string> QuoteAttributionAfter { get; }
    public IReadOnlyList<string> Separators { get; }
    public IReadOnlyList<string> Articles { get; }
    public PhraseMatcher<CountryEntry> CountryNames { get; }
    public PhraseMatcher<CountryEntry> Demonyms { get; }
    public PhraseMatcher<CountryEntry> Places { get; }
    public PhraseMatcher<GroupEntry> Groups { get; }
    public HashSet<string> StopWords { get; }
}
