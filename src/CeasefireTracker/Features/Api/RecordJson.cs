using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.Features.Api;

/// <summary>
/// A record as the API shows and takes it: its own columns (no related records; references are ids), named in camel
/// case, enums by name, dates as ISO 8601. Reading a body names every field it cannot take (unknown, wrong type), so
/// nothing is guessed and nothing half applied.
/// </summary>
public static class RecordJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>Fields the store keeps: shown, but a body's values for them are ignored (a GET can be sent back as is).</summary>
    private static readonly HashSet<string> ReadOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "externalId", "version", "isDeleted", "createdAtUtc", "updatedAtUtc", "links", "dataSetRow",
    };

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Columns = new();

    /// <summary>The record's own columns: numbers, text, dates, enums, ids; not its related records.</summary>
    public static PropertyInfo[] ColumnsOf(Type type) => Columns.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.CanWrite && IsScalar(p.PropertyType)).ToArray());

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(Guid) || t == typeof(decimal);
    }

    public static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <param name="warnings">What a write saved but an analyst should know (a competing claim beside this one);
    /// written as <c>warnings</c> when there are any.</param>
    public static void Write(Utf8JsonWriter json, RecordKind kind, Entity record, string baseUrl, IReadOnlyList<string>? warnings = null)
    {
        json.WriteStartObject();
        json.WriteString("type", kind.Slug);
        foreach (var property in ColumnsOf(record.GetType()))
        {
            json.WritePropertyName(CamelCase(property.Name));
            JsonSerializer.Serialize(json, property.GetValue(record), property.PropertyType, Options);
        }

        // A record resting on a data set row shows the row as its provenance, as pages and exports do (read-only).
        if (record is IDataSetSourced { DataSetRow: { } row })
        {
            json.WriteStartObject("dataSetRow");
            json.WriteString("dataSet", row.DataSet);
            json.WriteString("version", row.DataSetVersion);
            json.WriteString("rowId", row.RowId);
            json.WriteString("sourceArticle", row.SourceArticle);
            json.WriteString("sourceHeadline", row.SourceHeadline);
            json.WriteString("sourceOffice", row.SourceOffice);
            json.WriteString("sourceDate", row.SourceDate);
            json.WriteString("sourceOriginal", row.SourceOriginal);
            json.WriteEndObject();
        }

        json.WriteStartObject("links");
        json.WriteString("self", $"{baseUrl}api/v1/{kind.Slug}/{record.Id}");
        if (kind.PageOf(record.Id) is { } page) json.WriteString("page", baseUrl + page);
        json.WriteEndObject();
        if (warnings is { Count: > 0 })
        {
            json.WriteStartArray("warnings");
            foreach (var warning in warnings) json.WriteStringValue(warning);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>Reads the data set rows <paramref name="records"/> rest on (one query), so <see cref="Write"/> shows them.</summary>
    public static async Task WithDataSetRowsAsync(TrackerDbContext db, IEnumerable<Entity> records, CancellationToken ct)
    {
        var sourced = records.OfType<IDataSetSourced>().Where(r => r.DataSetRowId is not null && r.DataSetRow is null).ToList();
        if (sourced.Count == 0) return;
        var ids = sourced.Select(r => r.DataSetRowId!.Value).Distinct().ToList();
        // Deleted rows too: a live record's provenance must not go blank.
        var rows = await db.DataSetRows.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        foreach (var record in sourced) record.DataSetRow = rows.GetValueOrDefault(record.DataSetRowId!.Value);
    }

    /// <summary>
    /// Sets the fields a JSON body gives on <paramref name="record"/>; fields it does not give keep their values.
    /// Returns the problems by field (camel case); when there are any, the record must not be saved.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<string>> Apply(JsonElement body, Entity record)
    {
        var errors = new Dictionary<string, IReadOnlyList<string>>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors[""] = ["The body must be a JSON object with the record's fields."];
            return errors;
        }

        var columns = ColumnsOf(record.GetType()).ToDictionary(p => CamelCase(p.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var member in body.EnumerateObject())
        {
            if (ReadOnly.Contains(member.Name) || member.Name == "type") continue;
            if (!columns.TryGetValue(member.Name, out var property))
            {
                errors[member.Name] = [$"{member.Name} is not a field of this record. Fields: {string.Join(", ", columns.Keys.Where(k => !ReadOnly.Contains(k)))}."];
                continue;
            }

            try
            {
                var value = member.Value.Deserialize(property.PropertyType, Options);
                if (value is null && property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null)
                    throw new JsonException();
                property.SetValue(record, value);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
            {
                errors[CamelCase(property.Name)] = [$"{CamelCase(property.Name)} must be {Describe(property.PropertyType)}."];
            }
        }

        return errors;
    }

    private static string Describe(Type type)
    {
        var nullable = Nullable.GetUnderlyingType(type) is not null || !type.IsValueType;
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var what = t switch
        {
            _ when t.IsEnum => $"one of {string.Join(", ", Enum.GetNames(t))}",
            _ when t == typeof(string) => "text",
            _ when t == typeof(int) || t == typeof(long) => "a whole number",
            _ when t == typeof(bool) => "true or false",
            _ when t == typeof(DateOnly) => "a date written yyyy-MM-dd",
            _ when t == typeof(DateTime) => "a date and time written yyyy-MM-ddTHH:mm:ss",
            _ when t == typeof(Guid) => "a GUID",
            _ => t.Name,
        };
        return nullable ? what + " or null" : what;
    }
}
