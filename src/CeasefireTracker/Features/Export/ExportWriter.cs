using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace CeasefireTracker.Features.Export;

/// <summary>
/// Writes rows to a response body as they come: CSV (RFC 4180, UTF-8, CsvHelper's quoting) or JSON. Rows are handed
/// to the network a buffer (CSV) or <see cref="FlushEvery"/> rows (JSON) at a time, so memory stays flat however long the export is, and a client
/// that goes away stops the read at the next flush.
/// </summary>
public static class ExportWriter
{
    public const int FlushEvery = 1000;

    /// <summary>
    /// RFC 4180 as CsvHelper writes it by default, with the text of quotes kept exactly as the source gives it: no
    /// formula protection, which would put a character in front of a quote that starts with "-" or "=".
    /// </summary>
    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.None, TrueValue = "true", FalseValue = "false",
    };

    public static async Task<int> WriteCsvAsync(Stream body, IReadOnlyList<ExportColumn> columns, IAsyncEnumerable<object?[]> rows, bool hxl,
        CancellationToken ct)
    {
        // CsvHelper writes UTF-8 into its own buffer and hands it to the body asynchronously when the buffer is mostly
        // full (EndRecordAsync): Kestrel refuses synchronous writes, and memory stays at one buffer.
        await using var csv = CsvWriter.Create(body, CsvOptions, leaveOpen: true);
        await csv.WriteRecordAsync(columns.Select(c => c.Name).ToArray(), ct);
        if (hxl) await csv.WriteRecordAsync(columns.Select(c => c.Hxl).ToArray(), ct);

        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var value in row) WriteField(csv, value);
            await csv.EndRecordAsync(ct);
            count++;
        }

        await csv.FlushAsync(ct);
        return count;
    }

    private static void WriteField(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null: csv.WriteField((string?)null); break;
            case string s: csv.WriteField(s); break;
            case int i: csv.WriteField(i, default); break;
            case long l: csv.WriteField(l, default); break;
            case bool b: csv.WriteField(b); break;
            case DateOnly d: csv.WriteField(d, "yyyy-MM-dd"); break;
            case DateTime t: csv.WriteField(t, "yyyy-MM-dd'T'HH:mm:ss'Z'"); break;
            default: csv.WriteField(Format(value)); break;
        }
    }

    /// <summary>
    /// Writes <c>{"rows": [...], "meta": {...}}</c>; the meta block comes last because it carries the count of rows
    /// written, known only at the end without a second pass.
    /// </summary>
    public static async Task<int> WriteJsonAsync(Stream body, IReadOnlyList<ExportColumn> columns, IAsyncEnumerable<object?[]> rows,
        Action<Utf8JsonWriter, int> writeMeta, CancellationToken ct)
    {
        var names = columns.Select(c => JsonEncodedText.Encode(c.Name)).ToArray();
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteStartArray("rows");
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++) WriteValue(json, names[i], row[i]);
            json.WriteEndObject();
            if (++count % FlushEvery == 0) await json.FlushAsync(ct);
        }

        json.WriteEndArray();
        writeMeta(json, count);
        json.WriteEndObject();
        await json.FlushAsync(ct);
        return count;
    }

    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static void WriteValue(Utf8JsonWriter json, JsonEncodedText name, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(name); break;
            case int i: json.WriteNumber(name, i); break;
            case long l: json.WriteNumber(name, l); break;
            case bool b: json.WriteBoolean(name, b); break;
            default: json.WriteString(name, Format(value)); break;
        }
    }
}
