namespace CeasefireTracker.Tests.Http;

/// <summary>Readers never see codes: no enum member written as one word ("CeasefireInForce", "ArmedForces", "AtLeast").</summary>
public sealed partial class NoCodesHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    public static TheoryData<string> ReaderPages() =>
    [
        "/", "/timeline", "/casualties", "/ceasefires", "/statements", "/parties", "/sources", "/sources/1", "/casualties/1",
        "/casualties/2", "/statements/1", "/parties/1", "/parties/6", "/events/1", "/events/7", "/ceasefires/1", "/search?q=cessez",
    ];

    /// <summary>Every member of the domain's enums whose name joins two words or more.</summary>
    private static readonly string[] Codes = typeof(EventKind).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.Namespace == typeof(EventKind).Namespace)
        .SelectMany(Enum.GetNames)
        .Where(name => name.Skip(1).Any(char.IsUpper))
        .Distinct()
        .ToArray();

    [Theory]
    [MemberData(nameof(ReaderPages))]
    public async Task AReadersPageShowsWordsNotCodes(string path)
    {
        var html = await factory.GetPageAsync(path);
        var text = System.Net.WebUtility.HtmlDecode(Tags().Replace(Hidden().Replace(html, " "), " "));

        Assert.Superset(new HashSet<string>(["CeasefireInForce", "ArmedForces", "AtLeast"]), Codes.ToHashSet());
        var seen = Codes.Where(code => Regex.IsMatch(text, $@"\b{code}\b")).ToList();
        Assert.True(seen.Count == 0, $"{path} shows {string.Join(", ", seen)}");
    }

    // Scripts, styles and the head are not read; attribute values (option values, test ids) are inside tags.
    [GeneratedRegex("<(script|style|head)[\\s\\S]*?</\\1>", RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
