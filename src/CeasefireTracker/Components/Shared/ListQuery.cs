using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace CeasefireTracker.Components.Shared;

/// <summary>
/// The one reader of list-page query strings (casualties, timeline, statements, ceasefires, parties, sources, the
/// overview, exports). Values arrive as text so a bad one can be named, not thrown: each reader method returns null
/// for a value it cannot use and adds a problem naming the key, the value and what is shown instead. Each feature's
/// filter reads itself from a <see cref="ListQuery"/> and writes itself with <see cref="ListQueryWriter"/>, so a page,
/// an export and a link all agree on one address.
/// </summary>
public sealed class ListQuery
{
    private readonly Dictionary<string, string> _values;
    private readonly List<string> _problems = [];

    private ListQuery(Dictionary<string, string> values) => _values = values;

    /// <summary>What could not be used, one sentence each, in the order read.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>From a request's query (<c>HttpRequest.Query</c>); the first value of a repeated key counts.</summary>
    public static ListQuery From(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in query)
            if (value.Count > 0 && value[0] is { } first) values.TryAdd(key, first);
        return new ListQuery(values);
    }

    /// <summary>From a query string, with or without its leading '?', or a whole address.</summary>
    public static ListQuery Parse(string? queryOrAddress)
    {
        var query = queryOrAddress ?? "";
        var mark = query.IndexOf('?');
        if (mark >= 0) query = query[(mark + 1)..];
        var hash = query.IndexOf('#');
        if (hash >= 0) query = query[..hash];
        return From(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
    }

    /// <summary>From named values (a component's [SupplyParameterFromQuery] properties); null means absent.</summary>
    public static ListQuery Of(params (string Key, string? Value)[] values)
    {
        var read = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
            if (value is not null) read.TryAdd(key, value);
        return new ListQuery(read);
    }

    /// <summary>The raw text of <paramref name="key"/>; null when absent or blank.</summary>
    public string? this[string key] => _values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The key of a paged list's page number: 1 unless the address says otherwise.</summary>
    public static readonly ListQueryKey PageKey = new("page", "1");

    /// <summary>The page number of a paged list (1-based); a bad one is named and the first page is shown.</summary>
    public int Page() => PositiveInt(PageKey.Name, "showing the first page") ?? 1;

    /// <summary>Adds a problem found by a rule across keys (a date range the wrong way round, a page past the end).</summary>
    public void Problem(string message) => _problems.Add(message);

    /// <summary>A whole number above 0; otherwise "{key} "{value}" is not a whole number above 0; {instead}."</summary>
    public int? PositiveInt(string key, string instead)
    {
        if (this[key] is not { } value) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0) return number;
        _problems.Add($"{key} \"{value}\" is not a whole number above 0; {instead}.");
        return null;
    }

    /// <summary>A record's number; otherwise "{key} "{value}" is not a record number: {instead}."</summary>
    public int? RecordId(string key, string instead = "it was ignored")
    {
        if (this[key] is not { } value) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) return id;
        _problems.Add($"{key} \"{value}\" is not a record number: {instead}.");
        return null;
    }

    /// <summary>A member of <typeparamref name="TEnum"/> by name (any case), never by number.</summary>
    public TEnum? Enum<TEnum>(string key, string instead = "it was ignored") where TEnum : struct, Enum
    {
        if (this[key] is not { } value) return null;
        // Names only: Enum.TryParse would also accept numbers such as "7" that name no member.
        if (value.All(char.IsLetter) && System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed)) return parsed;
        _problems.Add($"{key} \"{value}\" is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}: {instead}.");
        return null;
    }

    /// <summary>A calendar date written <see cref="ListQueryWriter.DateFormat"/>.</summary>
    public DateOnly? Date(string key, string instead = "it was ignored")
    {
        if (this[key] is not { } value) return null;
        if (!DateOnly.TryParseExact(value, ListQueryWriter.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            _problems.Add($"{key} \"{value}\" is not a date written {ListQueryWriter.DateFormat}: {instead}.");
        // The queries add a day to "to" and compare with times: 9999-12-31 or 0001-01-01 would overflow there.
        else if (date < EarliestDate || date > LatestDate)
            _problems.Add($"{key} \"{value}\" is outside the dates this tracker covers ({EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}): {instead}.");
        else return date;
        return null;
    }

    /// <summary>The range of dates a filter accepts: far beyond any record, far inside what the date types hold.</summary>
    public static readonly DateOnly EarliestDate = new(1800, 1, 1), LatestDate = new(2199, 12, 31);

    /// <summary>One of <paramref name="allowed"/>; otherwise "{key} "{value}" is not one of ...: {instead}."</summary>
    public int? OneOf(string key, IReadOnlyCollection<int> allowed, string instead)
    {
        if (this[key] is not { } value) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && allowed.Contains(number)) return number;
        _problems.Add($"{key} \"{value}\" is not one of {string.Join(", ", allowed)}: {instead}.");
        return null;
    }

    /// <summary>One of the words <paramref name="allowed"/> (any case), returned as written there.</summary>
    public string? Word(string key, IReadOnlyCollection<string> allowed, string instead = "it was ignored")
    {
        if (this[key] is not { } value) return null;
        if (allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase)) is { } word) return word;
        _problems.Add($"{key} \"{value}\" is not {string.Join(" or ", allowed)}: {instead}.");
        return null;
    }
}

/// <summary>
/// The one writer of list-page addresses: keys in the order written (each filter writes its keys in one fixed order),
/// values escaped, absent and default values left out so shared links stay short and one view has one address.
/// </summary>
public sealed class ListQueryWriter(string path)
{
    public const string DateFormat = "yyyy-MM-dd";

    private readonly List<string> _pairs = [];

    public ListQueryWriter Add(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value)) _pairs.Add($"{key}={Uri.EscapeDataString(value)}");
        return this;
    }

    public ListQueryWriter Add(string key, int? value, int? byDefault = null) =>
        value is { } v && v != byDefault ? Add(key, v.ToString(CultureInfo.InvariantCulture)) : this;

    public ListQueryWriter Add(string key, DateOnly? value) =>
        Add(key, value?.ToString(DateFormat, CultureInfo.InvariantCulture));

    public ListQueryWriter Add<TEnum>(string key, TEnum? value) where TEnum : struct, Enum => Add(key, value?.ToString());

    /// <summary>A paged list's page number, left out for the first page.</summary>
    public ListQueryWriter AddPage(int page) => Add(ListQuery.PageKey.Name, page, byDefault: 1);

    /// <summary>The address relative to the app's base (no leading '/'), as links and NavigateTo take it.</summary>
    public override string ToString() => _pairs.Count == 0 ? path : path + "?" + string.Join("&", _pairs);
}
