using CsvHelper;

namespace CeasefireTracker.Tests.Features.Export;

/// <summary>Reads an export back as a client would: with a CSV reader, by header name.</summary>
public static class ExportCsv
{
    public static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) Read(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default);
        var header = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(header.Select((name, i) => (name, value: reader.GetString(i))).ToDictionary(x => x.name, x => x.value));
        return (header, rows);
    }
}
