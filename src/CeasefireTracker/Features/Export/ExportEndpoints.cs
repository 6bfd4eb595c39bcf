using CeasefireTracker.Components;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace CeasefireTracker.Features.Export;

/// <summary>
/// <c>GET /export/{data set}.csv|json</c>: the filtered view of a list page, every row, streamed. Reads go through the
/// pages' own queries on their own contexts (no transaction is opened, so no write is ever blocked); a problem with
/// the address answers 400 before anything is read.
/// </summary>
public static class ExportEndpoints
{
    public const string CiteAs =
        "CeasefireTracker, {0}, {1}, retrieved {2:yyyy-MM-dd} from {3}. Cite each figure by its own source (source_title, " +
        "source_publisher, source_published_on) and exact quote, which this export carries on every row.";

    public static WebApplicationBuilder AddTrackerExports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SourceProvenance>();
        return builder;
    }

    /// <summary>Offers a list page's data as a download; each feature registers its own.</summary>
    public static IServiceCollection AddExportDataset<T>(this IServiceCollection services) where T : class, IExportDataset =>
        services.AddScoped<IExportDataset, T>();

    public static WebApplication MapTrackerExports(this WebApplication app)
    {
        app.MapGet("/export/{dataset}.{format}", ExportAsync)
            .WithName("Export")
            .WithTags("Exports")
            .WithSummary("A list page's filtered view as CSV or JSON, every row")
            .WithDescription("Takes the same filter keys as the page (/export/casualties.csv?side=2). Add hxl=1 for an HXL hashtag row under the CSV header.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            // A million-row export is a long read: readers' exports share the renders' admission limit (503 past it).
            .RequireReaderAdmission();
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, string dataset, string format, IEnumerable<IExportDataset> datasets,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(ExportEndpoints));
        var set = datasets.FirstOrDefault(d => d.Name == dataset);
        if (set is null)
            return Results.Problem(statusCode: 404, title: "No such export",
                detail: $"There is no data set \"{dataset}\". Data sets: {string.Join(", ", datasets.Select(d => d.Name))}.");
        if (format is not ("csv" or "json"))
            return Results.Problem(statusCode: 404, title: "No such format", detail: $"Exports are .csv or .json, not .{format}.");

        var query = http.Request.Query;
        var hxl = ExportQuery.Get(query, "hxl") switch
        {
            null or "" or "0" or "false" => false,
            "1" or "true" => true,
            var other => (bool?)null,
        };
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/";
        var selection = set.Select(query, baseUrl);
        var problems = selection.Problems.ToList();
        if (hxl is null) problems.Add($"hxl \"{ExportQuery.Get(query, "hxl")}\" is not 1 or 0.");
        if (problems.Count > 0)
            return Results.Problem(statusCode: 400, title: "The address has values that cannot be read",
                detail: string.Join(" ", problems), extensions: new Dictionary<string, object?> { ["problems"] = problems });

        var ct = http.RequestAborted;
        var now = DateTime.UtcNow;
        var words = await set.DescribeAsync(selection, ct);
        var fileName = FileName(set.Name, words, DateOnly.FromDateTime(now), format);
        http.Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        // Sent as written: nothing between here and the client may hold the whole export.
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var rows = 0;
        try
        {
            var body = http.Response.Body;
            rows = format == "csv"
                ? await ExportWriter.WriteCsvAsync(body, set.Columns, set.RowsAsync(selection, ct), hxl == true, ct)
                : await ExportWriter.WriteJsonAsync(body, set.Columns, set.RowsAsync(selection, ct),
                    (json, count) => WriteMeta(json, set, selection, count, now, baseUrl), ct);
            logger.LogInformation("Exported {RowCount} {DataSet} rows as {Format} ({FileName})", rows, set.Name, format, fileName);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            logger.LogInformation("Export of {DataSet} as {Format} stopped after {RowCount} rows: the client went away", set.Name, format, rows);
        }

        return Results.Empty;
    }

    private static void WriteMeta(Utf8JsonWriter json, IExportDataset set, ExportSelection selection, int count, DateTime now, string baseUrl)
    {
        var pageUrl = baseUrl + set.PagePath + (selection.Values.Count == 0 ? ""
            : "?" + string.Join("&", selection.Values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}")));
        json.WriteStartObject("meta");
        json.WriteString("data_set", set.Name);
        json.WriteString("title", set.Title);
        json.WriteStartObject("filter");
        foreach (var (key, value) in selection.Values) json.WriteString(key, value);
        json.WriteEndObject();
        json.WriteNumber("count", count);
        json.WriteString("generated_at_utc", now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteString("page_url", pageUrl);
        json.WriteString("how_to_cite", string.Format(CultureInfo.InvariantCulture, CiteAs, set.Title,
            selection.Values.Count == 0 ? "all records" : "filtered by " + string.Join(", ", selection.Values.Select(v => $"{v.Key}={v.Value}")),
            now, pageUrl));
        json.WriteEndObject();
    }

    /// <summary>What and when: <c>casualties-side-armenia-2026-11-28.csv</c>.</summary>
    public static string FileName(string dataSet, IEnumerable<(string Key, string Value)> filter, DateOnly day, string extension)
    {
        var parts = new List<string> { dataSet };
        foreach (var (key, value) in filter) parts.Add($"{key}-{Slug(value)}");
        parts.Add(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return string.Join("-", parts) + "." + extension;
    }

    /// <summary>Lower-case ASCII letters and digits joined by hyphens ("Haut-Karabakh (Artsakh)" becomes "haut-karabakh-artsakh").</summary>
    public static string Slug(string value)
    {
        var text = new StringBuilder();
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharInfo(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) text.Append(char.ToLowerInvariant(c));
            else if (text.Length > 0 && text[^1] != '-') text.Append('-');
        }

        return text.ToString().Trim('-') is { Length: > 0 } slug ? slug : "x";
    }

    private static UnicodeCategory CharInfo(char c) => CharUnicodeInfo.GetUnicodeCategory(c);
}
