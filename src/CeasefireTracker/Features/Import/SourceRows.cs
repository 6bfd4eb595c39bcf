using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace CeasefireTracker.Features.Import;

/// <summary>One row of a file as read: its line (record number; the header is line 1) and its mapped fields' text.</summary>
public sealed class SourceRow(int line, string?[] values)
{
    public int Line { get; } = line;

    public string? this[ImportField field] => values[(int)field];
}

/// <summary>The columns a file has, and what a mapping would make of them (the import page shows this before mapping).</summary>
public sealed record FileShape(IReadOnlyList<string> Header, ColumnMapping? Recognized);

/// <summary>
/// Reads rows out of a file as a stream, in flat memory: CSV (GED, ACLED, HXL, any CSV through a mapping) with
/// CsvHelper, or a GED API page (JSON with a <c>Result</c> array). A file-wide problem stops reading and is put in
/// the report; nothing of such a file is imported.
/// </summary>
public static class SourceRows
{
    private const int SniffBytes = 8192;

    private static readonly ImportField[] FigureFields =
    [
        ImportField.DeathsA, ImportField.DeathsB, ImportField.DeathsCivilians, ImportField.DeathsUnknown,
        ImportField.Best, ImportField.Low, ImportField.High,
    ];

    public static bool IsJson(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || FirstChar(path) == '{';

    /// <summary>The header of a CSV (after its byte-order mark) and the built-in mapping it matches, or a problem.</summary>
    public static async Task<(FileShape? Shape, string? Problem)> ReadShapeAsync(string path, CancellationToken ct = default)
    {
        if (await SniffAsync(path, ct) is { } problem) return (null, problem);
        if (IsJson(path)) return (new FileShape(ColumnMapping.GedColumns, ColumnMapping.Ged), null);
        await using var csv = CsvReader.FromFile(path, CsvOptions(null));
        await csv.ReadHeaderAsync(ct);
        var header = csv.Headers.ToArray();
        if (header.Length == 0) return (null, "The file is empty.");
        if (DelimiterProblem(header) is { } delimiter) return (null, delimiter);
        return (new FileShape(header, ColumnMapping.Recognize(header)), null);
    }

    public static async IAsyncEnumerable<SourceRow> ReadAsync(string path, ColumnMapping? mapping, ImportReport report,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (await SniffAsync(path, ct) is { } problem)
        {
            report.FileProblem = problem;
            yield break;
        }

        var rows = IsJson(path) ? ReadGedJsonAsync(path, report, ct) : ReadCsvAsync(path, mapping, report, ct);
        await foreach (var row in rows) yield return row;
    }

    private static async IAsyncEnumerable<SourceRow> ReadCsvAsync(string path, ColumnMapping? mapping, ImportReport report,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var malformed = new List<CsvMalformedRecord>();
        await using var csv = CsvReader.FromFile(path, CsvOptions(malformed));
        await csv.ReadHeaderAsync(ct);
        var header = csv.Headers.ToArray();
        if (header.Length == 0)
        {
            report.FileProblem = "The file is empty.";
            yield break;
        }

        if (DelimiterProblem(header) is { } delimiter)
        {
            report.FileProblem = delimiter;
            yield break;
        }

        mapping ??= ColumnMapping.Recognize(header);
        if (mapping is null)
        {
            report.FileProblem = "The columns are neither UCDP GED's nor ACLED's. Build a column mapping for this file on the import page.";
            yield break;
        }

        var index = ResolveColumns(header, mapping, report);
        if (report.FileProblem is not null) yield break;

        var first = true;
        while (await csv.ReadAsync(ct))
        {
            var line = (int)csv.LineNumber;
            var count = csv.FieldCount;
            if (first)
            {
                first = false;
                // The humanitarian-exchange (HXL) variant puts a hashtag under each column name.
                var cells = Enumerable.Range(0, count).Select(i => csv.GetString(i)).Where(v => v.Length > 0).ToList();
                if (cells.Count > 0 && cells.All(v => v.StartsWith('#')))
                {
                    report.Notes.Add($"Line {line} holds HXL hashtags ({string.Join(" ", cells.Take(3))} ...), not data: skipped.");
                    continue;
                }
            }

            report.RowsRead++;
            var rowId = count > index[(int)ImportField.RowId] && index[(int)ImportField.RowId] >= 0 ? csv.GetString(index[(int)ImportField.RowId]) : "?";
            if (malformed.Count > 0)
            {
                report.Refuse(line, rowId, $"Malformed CSV ({malformed[0].Reason}): {Shorten(malformed[0].RawRecord)}");
                malformed.Clear();
                continue;
            }

            if (count != header.Length)
            {
                report.Refuse(line, rowId, $"It has {count} fields; the header has {header.Length}.");
                continue;
            }

            var values = new string?[index.Length];
            for (var f = 0; f < index.Length; f++)
                if (index[f] >= 0) values[f] = csv.GetString(index[f]);
            yield return new SourceRow(line, values);
        }
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;

    private static async IAsyncEnumerable<SourceRow> ReadGedJsonAsync(string path, ImportReport report, [EnumeratorCancellation] CancellationToken ct)
    {
        JsonDocument document;
        await using (var stream = File.OpenRead(path))
        {
            try
            {
                document = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
            }
            catch (JsonException ex)
            {
                report.FileProblem = $"The file is not valid JSON: {ex.Message}";
                yield break;
            }
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Result", out var result) || result.ValueKind != JsonValueKind.Array)
            {
                report.FileProblem = "The JSON is not a page of the UCDP API: it has no \"Result\" array.";
                yield break;
            }

            if (root.TryGetProperty("TotalCount", out var total) && total.TryGetInt32(out var totalCount) && totalCount > result.GetArrayLength())
                report.Notes.Add($"This page holds {result.GetArrayLength():N0} of the {totalCount:N0} rows the API has for the query"
                                 + (root.TryGetProperty("NextPageUrl", out var next) && next.GetString() is { Length: > 0 } url ? $"; the next page is {url}" : "") + ".");

            var mapping = ColumnMapping.Ged;
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var number = 0;
            foreach (var item in result.EnumerateArray())
            {
                ct.ThrowIfCancellationRequested();
                number++;
                report.RowsRead++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    report.Refuse(number, "?", "The entry is not an object.");
                    continue;
                }

                var values = new string?[Enum.GetValues<ImportField>().Length];
                foreach (var property in item.EnumerateObject())
                {
                    if (number == 1) seen.Add(property.Name);
                    var field = mapping.Columns.FirstOrDefault(c => string.Equals(c.Value, property.Name, StringComparison.OrdinalIgnoreCase));
                    if (field.Value is null) continue;
                    values[(int)field.Key] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Null or JsonValueKind.Undefined => null,
                        _ => property.Value.GetRawText(),
                    };
                }

                if (number == 1)
                {
                    report.IgnoredColumns.AddRange(seen.Where(n => !mapping.Columns.Values.Contains(n, StringComparer.OrdinalIgnoreCase)));
                    var missing = RequiredColumns(mapping).Where(c => !seen.Contains(c)).ToList();
                    if (missing.Count > 0)
                    {
                        report.FileProblem = $"Required fields missing: {string.Join(", ", missing)}.";
                        yield break;
                    }
                }

                yield return new SourceRow(number, values);
            }
        }
    }

    /// <summary>The column index of each field (-1 when the file has none), with ignored and missing columns reported.</summary>
    private static int[] ResolveColumns(string[] header, ColumnMapping mapping, ImportReport report)
    {
        var position = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++) position.TryAdd(header[i].Trim(), i);

        var missing = RequiredColumns(mapping).Where(c => !position.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            report.FileProblem = $"Required columns missing: {string.Join(", ", missing)}. The file has: {string.Join(", ", header.Take(60))}.";
            return [];
        }

        var index = Enumerable.Repeat(-1, Enum.GetValues<ImportField>().Length).ToArray();
        foreach (var (field, column) in mapping.Columns)
            if (position.TryGetValue(column, out var at)) index[(int)field] = at;
            else report.Notes.Add($"No column “{column}” ({field}): left empty.");
        var used = mapping.Columns.Values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        report.IgnoredColumns.AddRange(header.Where(h => !used.Contains(h.Trim())));
        return index;
    }

    /// <summary>The identifying fields, and every figure the mapping names: without them a row means nothing.</summary>
    private static IEnumerable<string> RequiredColumns(ColumnMapping mapping) => mapping.Columns
        .Where(c => ColumnMapping.Required.Contains(c.Key) || FigureFields.Contains(c.Key) || c.Key == ImportField.SideA)
        .Select(c => c.Value);

    private static string? DelimiterProblem(string[] header)
    {
        if (header.Length > 1) return null;
        foreach (var (separator, name) in new[] { (';', "semicolons"), ('\t', "tabs"), ('|', "vertical bars") })
            if (header[0].Contains(separator))
                return $"The columns are separated by {name}, not commas. Save the file as comma-separated CSV.";
        return "The file has a single column: it is not comma-separated CSV.";
    }

    /// <summary>
    /// A look at the bytes before parsing: a binary file, UTF-16 text or text that is not UTF-8 (Latin-1, Windows-1252)
    /// is named as such instead of being imported with mangled names. The whole file is checked (at disk speed), so
    /// no encoding problem turns up halfway through an import.
    /// </summary>
    private static async Task<string?> SniffAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        var read = await stream.ReadAtLeastAsync(buffer, SniffBytes, throwOnEndOfStream: false, ct);
        if (read == 0) return "The file is empty.";
        if (read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
            return "The file is UTF-16 text. Save it as UTF-8 CSV and try again.";
        if (Array.IndexOf(buffer, (byte)0, 0, Math.Min(read, SniffBytes)) >= 0)
            return "The file is binary (a spreadsheet, an archive or an image?), not CSV or JSON text. Export it as UTF-8 CSV.";

        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var lines = 1L;
        try
        {
            while (read > 0)
            {
                decoder.GetCharCount(buffer, 0, read, flush: false);
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                read = await stream.ReadAsync(buffer, ct);
            }

            decoder.GetCharCount([], 0, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            return $"The file is not UTF-8 text (line {lines:N0} has bytes UTF-8 does not allow; Latin-1 or Windows-1252?). Save it as UTF-8 and try again.";
        }

        return null;
    }

    private static char? FirstChar(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        int c;
        while ((c = reader.Read()) >= 0)
            if (!char.IsWhiteSpace((char)c)) return (char)c;
        return null;
    }

    private static CsvReaderOptions CsvOptions(List<CsvMalformedRecord>? malformed) => new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        OnMalformedRecord = malformed is null ? null : record => malformed.Add(record),
    };
}
