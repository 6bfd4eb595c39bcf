using System.Globalization;
using CeasefireTracker.Domain;

namespace CeasefireTracker.Features.Casualties;

/// <summary>The casualty grid's query-string values as they arrive: text, so a bad value can be named, not thrown.</summary>
public sealed record CasualtyQueryValues(
    string? Side = null, string? Reporter = null, string? Category = null, string? Kind = null, string? Qualifier = null,
    string? From = null, string? To = null, string? Sort = null, string? Dir = null, string? Page = null, string? Size = null);

/// <summary>
/// Turns the query string into a <see cref="CasualtyFilter"/> and back. A value that cannot be read is ignored and
/// reported by parameter name; the rest of the filter still applies.
/// </summary>
public static class CasualtyQueryString
{
    public static readonly int[] PageSizes = [10, 25, 50, 100];

    public static (CasualtyFilter Filter, IReadOnlyList<string> Problems) Parse(CasualtyQueryValues values)
    {
        var problems = new List<string>();
        var filter = new CasualtyFilter
        {
            SideId = Id(values.Side, "side", problems),
            ReporterId = Id(values.Reporter, "reporter", problems),
            Category = Enum<CasualtyCategory>(values.Category, "category", problems),
            Kind = Enum<CasualtyKind>(values.Kind, "kind", problems),
            Qualifier = Enum<FigureQualifier>(values.Qualifier, "qualifier", problems),
            From = Date(values.From, "from", problems),
            To = Date(values.To, "to", problems),
        };
        if (filter.From > filter.To)
        {
            problems.Add($"from ({values.From}) is after to ({values.To}): both were ignored.");
            filter = filter with { From = null, To = null };
        }

        var sort = Enum<CasualtySort>(values.Sort, "sort", problems);
        if (sort is not null) filter = filter with { Sort = sort.Value };
        switch (values.Dir?.ToLowerInvariant())
        {
            case null or "": break;
            case "asc": filter = filter with { Descending = false }; break;
            case "desc": filter = filter with { Descending = true }; break;
            default: problems.Add($"dir \"{values.Dir}\" is not asc or desc: it was ignored."); break;
        }

        if (!string.IsNullOrEmpty(values.Page))
        {
            if (int.TryParse(values.Page, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
                filter = filter with { Page = page };
            else problems.Add($"page \"{values.Page}\" is not a page number: the first page is shown.");
        }

        if (!string.IsNullOrEmpty(values.Size))
        {
            if (int.TryParse(values.Size, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && PageSizes.Contains(size))
                filter = filter with { PageSize = size };
            else problems.Add($"size \"{values.Size}\" is not one of {string.Join(", ", PageSizes)}: {CasualtyFilter.DefaultPageSize} rows a page are shown.");
        }

        return (filter, problems);
    }

    /// <summary>The query string of a filter, leaving out defaults so shared links stay short.</summary>
    public static string Format(CasualtyFilter filter)
    {
        var pairs = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null) pairs.Add($"{name}={Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!)}");
        }

        Add("side", filter.SideId);
        Add("reporter", filter.ReporterId);
        Add("category", filter.Category);
        Add("kind", filter.Kind);
        Add("qualifier", filter.Qualifier);
        Add("from", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (filter.Sort != CasualtySort.Period) Add("sort", filter.Sort.ToString().ToLowerInvariant());
        if (!filter.Descending) Add("dir", "asc");
        if (filter.Page != 1) Add("page", filter.Page);
        if (filter.PageSize != CasualtyFilter.DefaultPageSize) Add("size", filter.PageSize);
        return pairs.Count == 0 ? "casualties" : "casualties?" + string.Join("&", pairs);
    }

    private static int? Id(string? value, string name, List<string> problems)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) return id;
        problems.Add($"{name} \"{value}\" is not a record number: it was ignored.");
        return null;
    }

    private static TEnum? Enum<TEnum>(string? value, string name, List<string> problems) where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(value)) return null;
        // Names only: Enum.TryParse would also accept numbers such as "7" that name no member.
        if (!value.All(char.IsLetter) || !System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed))
        {
            problems.Add($"{name} \"{value}\" is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}: it was ignored.");
            return null;
        }

        return parsed;
    }

    private static DateOnly? Date(string? value, string name, List<string> problems)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add($"{name} \"{value}\" is not a date written yyyy-MM-dd: it was ignored.");
        return null;
    }
}
