using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeasefireTracker.Features.Ingestion;

public sealed record QualifiedPhrase(string Phrase, FigureQualifier Qualifier, int? Value = null);

public sealed record TimeOfDayPhrase(string Phrase, int Hour, int Minute);

public sealed record ZonePhrase(string Phrase, string TimeZone);

public sealed record AuthorityPhrase(string Phrase, string Name, PartyKind Kind);

public sealed record RolePhrase(string Phrase, string Role);

/// <summary>A state as one language writes it: its names, capitals and cities, and the words for its people.</summary>
public sealed record CountryEntry(string Key, string Adjective, string TimeZone, List<string> Names, List<string> Demonyms, List<string>? Places);

public sealed record GroupEntry(string Key, List<string> Names, PartyKind Kind);

/// <summary>
/// Everything the rules know about one language, read from <c>Languages/&lt;code&gt;.json</c>. All phrases are written
/// lower-case with straight apostrophes, as <see cref="ArticleText.Normalize"/> makes the article.
/// </summary>
public sealed class LanguageVocabulary
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public required string Language { get; init; }
    public string Name { get; init; } = "";
    public List<string> StopWords { get; init; } = [];
    public Dictionary<string, long> NumberWords { get; init; } = [];
    public List<string> NumberJoiners { get; init; } = [];
    public List<QualifiedPhrase> VagueQuantities { get; init; } = [];
    public List<QualifiedPhrase> Qualifiers { get; init; } = [];
    public List<string> Undisclosed { get; init; } = [];
    public Dictionary<CasualtyKind, List<string>> Kinds { get; init; } = [];
    public Dictionary<CasualtyCategory, List<string>> Categories { get; init; } = [];
    public List<string> People { get; init; } = [];
    public List<string> Units { get; init; } = [];
    public Dictionary<string, int> Months { get; init; } = [];
    public Dictionary<string, DayOfWeek> Weekdays { get; init; } = [];
    public Dictionary<string, int> RelativeDays { get; init; } = [];
    public Dictionary<string, int> RelativeMonths { get; init; } = [];
    public List<string> PastMarkers { get; init; } = [];
    public List<string> FutureMarkers { get; init; } = [];
    public List<string> FutureTense { get; init; } = [];
    public List<TimeOfDayPhrase> TimesOfDay { get; init; } = [];
    public string ClockPattern { get; init; } = @"(\d{1,2}):(\d{2})";
    public Dictionary<string, string> PartsOfDay { get; init; } = [];
    public List<ZonePhrase> TimeZoneWords { get; init; } = [];
    public List<string> CumulativeMarkers { get; init; } = [];
    public List<string> IncrementMarkers { get; init; } = [];
    public string? CumulativeTarget { get; init; }
    public List<string> AttributionVerbs { get; init; } = [];
    public List<string> AttributionPrefixes { get; init; } = [];
    public List<string> SideAttributions { get; init; } = [];
    public List<AuthorityPhrase> Authorities { get; init; } = [];
    public bool DemonymAfterAuthority { get; init; }
    public List<RolePhrase> OfficialRoles { get; init; } = [];
    public List<string> MediationMarkers { get; init; } = [];
    public List<string> CeasefireWords { get; init; } = [];
    public List<string> InForceMarkers { get; init; } = [];
    public List<string> AnnouncementMarkers { get; init; } = [];
    public Dictionary<EventKind, List<string>> EventKinds { get; init; } = [];
    public List<string> EventResumption { get; init; } = [];
    public Dictionary<CeasefireTermKind, List<string>> Terms { get; init; } = [];
    public List<string> TermCommitments { get; init; } = [];
    public List<string> QuoteAttributionAfter { get; init; } = [];
    public List<string> ClauseSeparators { get; init; } = [",", ";", ":"];
    public List<string> Articles { get; init; } = [];
    public List<CountryEntry> Countries { get; init; } = [];
    public List<GroupEntry> Groups { get; init; } = [];

    /// <summary>
    /// For a language without a file: no words at all, so only digits and numeric dates are found, with low
    /// confidence, and nothing is classified.
    /// </summary>
    public static LanguageVocabulary Bare(string language) => new() { Language = language, Name = language };

    public bool IsBare => Kinds.Count == 0;

    public static LanguageVocabulary Parse(Stream json) =>
        JsonSerializer.Deserialize<LanguageVocabulary>(json, JsonOptions)
        ?? throw new InvalidDataException("A language file is empty.");

    private VocabularyMatchers? _matchers;

    internal VocabularyMatchers Matchers => _matchers ??= new VocabularyMatchers(this);
}
