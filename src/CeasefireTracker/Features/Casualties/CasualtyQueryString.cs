using CeasefireTracker.Components.Shared;

namespace CeasefireTracker.Features.Casualties;

/// <summary>
/// Turns the casualty page's query string into a <see cref="CasualtyFilter"/> and back, through the one list-page
/// reader and writer. A value that cannot be read is ignored and reported by key; the rest of the filter still
/// applies. Exports and the API read the same keys with <see cref="Parse"/>.
/// </summary>
public static class CasualtyQueryString
{
    public const string Path = "casualties";

    public static readonly int[] PageSizes = [10, 25, 50, 100];

    /// <summary>The keys in the order addresses write them, with the values that mean "absent".</summary>
    public static readonly IReadOnlyList<ListQueryKey> Keys =
    [
        new("side"), new("reporter"), new("category"), new("kind"), new("qualifier"), new("from"), new("to"),
        new("sort", "period"), new("dir", "desc"), new("page", "1"),
        new("size", CasualtyFilter.DefaultPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public static (CasualtyFilter Filter, IReadOnlyList<string> Problems) Parse(ListQuery query)
    {
        var filter = new CasualtyFilter
        {
            SideId = query.RecordId("side"),
            ReporterId = query.RecordId("reporter"),
            Category = query.Enum<CasualtyCategory>("category"),
            Kind = query.Enum<CasualtyKind>("kind"),
            Qualifier = query.Enum<FigureQualifier>("qualifier"),
            From = query.Date("from"),
            To = query.Date("to"),
        };
        if (filter.From > filter.To)
        {
            query.Problem($"from ({query["from"]}) is after to ({query["to"]}): both were ignored.");
            filter = filter with { From = null, To = null };
        }

        if (query.Enum<CasualtySort>("sort") is { } sort) filter = filter with { Sort = sort };
        if (query.Word("dir", ["asc", "desc"]) is { } dir) filter = filter with { Descending = dir == "desc" };
        if (query["page"] is { } pageText)
        {
            if (int.TryParse(pageText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page >= 1)
                filter = filter with { Page = page };
            else query.Problem($"page \"{pageText}\" is not a page number: the first page is shown.");
        }

        if (query.OneOf("size", PageSizes, $"{CasualtyFilter.DefaultPageSize} rows a page are shown") is { } size)
            filter = filter with { PageSize = size };
        return (filter, query.Problems);
    }

    /// <summary>The address of a filter, leaving out defaults so shared links stay short.</summary>
    public static string Format(CasualtyFilter filter) => new ListQueryWriter(Path)
        .Add("side", filter.SideId)
        .Add("reporter", filter.ReporterId)
        .Add("category", filter.Category)
        .Add("kind", filter.Kind)
        .Add("qualifier", filter.Qualifier)
        .Add("from", filter.From)
        .Add("to", filter.To)
        .Add("sort", filter.Sort == CasualtySort.Period ? null : filter.Sort.ToString().ToLowerInvariant())
        .Add("dir", filter.Descending ? null : "asc")
        .Add("page", filter.Page, byDefault: 1)
        .Add("size", filter.PageSize, byDefault: CasualtyFilter.DefaultPageSize)
        .ToString();
}
