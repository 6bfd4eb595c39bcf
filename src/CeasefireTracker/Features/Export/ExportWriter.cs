using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading.Channels;
using CsvHelper;

namespace CeasefireTracker.Features.Export;

/// <summary>
/// Writes rows to a response body as they come: CSV (RFC 4180, UTF-8, CsvHelper's quoting) or JSON. Rows are handed
/// to the network a buffer (CSV) or <see cref="FlushEvery"/> rows (JSON) at a time, so memory stays flat however long the export is, and a client
/// that goes away stops the read at the next flush. The rows are read a little ahead of the writing, on another thread,
/// so a two-core machine reads the next rows while it formats these.
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
        await foreach (var row in ReadAheadAsync(rows, ct))
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
        await using var json = new Utf8JsonWriter(body, JsonOptions);
        json.WriteStartObject();
        json.WriteStartArray("rows");
        var count = 0;
        await foreach (var row in ReadAheadAsync(rows, ct))
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

    /// <summary>
    /// Letters of every script as they are ("réunis", not "r\u00e9unis"): the default escapes all but ASCII, which makes
    /// French and Armenian quotes several times longer. Characters that matter in HTML (&lt; &gt; &amp; quotes) stay escaped.
    /// </summary>
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private const int ReadAheadChunk = 250;

    /// <summary>
    /// The rows, read on a thread of their own in chunks of <see cref="ReadAheadChunk"/> at most four chunks ahead of
    /// the writer: memory stays bounded, and when the writer stops (the client went away, or it failed) the read is
    /// cancelled and awaited, so no query outlives the export. A failed read fails the export.
    /// </summary>
    private static async IAsyncEnumerable<object?[]> ReadAheadAsync(IAsyncEnumerable<object?[]> rows, [EnumeratorCancellation] CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var chunks = Channel.CreateBounded<object?[][]>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(async () =>
        {
            try
            {
                var chunk = new List<object?[]>(ReadAheadChunk);
                await foreach (var row in rows.WithCancellation(stop.Token))
                {
                    chunk.Add(row);
                    if (chunk.Count < ReadAheadChunk) continue;
                    await chunks.Writer.WriteAsync([.. chunk], stop.Token);
                    chunk.Clear();
                }

                if (chunk.Count > 0) await chunks.Writer.WriteAsync([.. chunk], stop.Token);
                chunks.Writer.Complete();
            }
            catch (Exception e)
            {
                chunks.Writer.TryComplete(e);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(ct))
                foreach (var row in chunk) yield return row;
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
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
