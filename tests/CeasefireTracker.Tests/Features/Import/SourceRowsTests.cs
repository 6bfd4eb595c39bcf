using CeasefireTracker.Features.Import;

namespace CeasefireTracker.Tests.Features.Import;

/// <summary>Reading each format, and every file-wide problem, without a database.</summary>
public sealed class SourceRowsTests : ImportTestBase
{
    private static async Task<(List<ImportedRow> Rows, ImportReport Report)> ReadAsync(string path, ColumnMapping? mapping = null)
    {
        var report = new ImportReport();
        var rows = new List<ImportedRow>();
        var shapeMapping = mapping;
        if (shapeMapping is null && !SourceRows.IsJson(path)) shapeMapping = (await SourceRows.ReadShapeAsync(path)).Shape?.Recognized;
        var parser = new RowParser(shapeMapping ?? ColumnMapping.Ged, report);
        await foreach (var row in SourceRows.ReadAsync(path, mapping, report))
            if (parser.Parse(row) is { } parsed) rows.Add(parsed);
        return (rows, report);
    }

    [Fact]
    public async Task GedCsvIsReadInAnyColumnOrderWithEveryFigureAndPlace()
    {
        var reversed = ColumnMapping.GedColumns.Reverse().ToList();
        var (rows, report) = await ReadAsync(Fixture.Ged(12, columns: reversed));

        Assert.Null(report.FileProblem);
        Assert.Equal(12, rows.Count);
        var first = rows[0];
        Assert.Equal(("100000", GedSampleWriter.Conflict, GedSampleWriter.SideA, GedSampleWriter.SideB), (first.RowId, first.Conflict, first.SideA, first.SideB));
        Assert.Equal(new DateOnly(2020, 9, 27), first.Start);
        Assert.Equal((39.8, 46.75, PlacePrecision.Exact, "Nagorno-Karabakh"), (first.Latitude!.Value, first.Longitude!.Value, first.PlacePrecision!.Value, first.Admin1!));
        // Row 0: deaths_a 0, deaths_b 1, civilians 2, unknown 1, best 4, high 7: the range says more than the parts.
        Assert.Equal([new ImportedFigure(FigureSlot.SideB, 1), new ImportedFigure(FigureSlot.Civilians, 2), new ImportedFigure(FigureSlot.Unknown, 1),
            new ImportedFigure(FigureSlot.Event, 4, 4, 7)], first.Figures);
        Assert.Equal(2, first.Line);
        Assert.Contains("geom_wkt", report.IgnoredColumns);
        Assert.Contains("priogrid_gid", report.IgnoredColumns);
        Assert.True(report.Coercions["Zero figures not stored as reports"].Count > 0);
    }

    [Fact]
    public async Task TheHxlHashtagRowIsSkippedAndSaidSo()
    {
        var (rows, report) = await ReadAsync(Fixture.Ged(3, hxl: true));

        Assert.Equal(3, rows.Count);
        Assert.Equal(3, rows[0].Line);
        Assert.Contains(report.Notes, n => n.Contains("HXL") && n.StartsWith("Line 2"));
    }

    [Fact]
    public async Task AGedApiPageIsReadAndTheNextPageIsNamed()
    {
        var path = Fixture.Text("page.json", """
            {"TotalCount": 3, "TotalPages": 2, "PreviousPageUrl": "", "NextPageUrl": "https://ucdpapi.pcr.uu.se/api/gedevents/23.1?pagesize=2&page=1",
             "Result": [
               {"id": 244657, "relid": "AZE-2020-1", "conflict_name": "Azerbaijan: Nagorno-Karabakh", "side_a": "Government of Azerbaijan",
                "side_b": "Government of Armenia", "type_of_violence": 1, "date_start": "2020-10-09T00:00:00", "date_end": "2020-10-10T00:00:00",
                "date_prec": 1, "deaths_a": 3, "deaths_b": 5, "deaths_civilians": 0, "deaths_unknown": 0, "best": 8, "low": 8, "high": 8,
                "latitude": 39.81, "longitude": 46.75, "where_prec": 2, "country": "Azerbaijan", "adm_1": null, "source_headline": "Clashes", "priogrid_gid": 1},
               {"id": 244658, "conflict_name": "Azerbaijan: Nagorno-Karabakh", "side_a": "Government of Azerbaijan", "side_b": "Government of Armenia",
                "date_start": "2020-10-11", "date_end": "2020-10-11", "deaths_a": 0, "deaths_b": 0, "deaths_civilians": 1, "deaths_unknown": 0,
                "best": 1, "low": 1, "high": 2}
             ]}
            """);

        var (rows, report) = await ReadAsync(path);

        Assert.Null(report.FileProblem);
        Assert.Equal(["244657", "244658"], rows.Select(r => r.RowId));
        Assert.Equal(new DateOnly(2020, 10, 10), rows[0].End);
        Assert.Equal([new ImportedFigure(FigureSlot.SideA, 3), new ImportedFigure(FigureSlot.SideB, 5)], rows[0].Figures);
        Assert.Equal(PlacePrecision.Near, rows[0].PlacePrecision);
        Assert.Contains(report.Notes, n => n.Contains("2 of the 3 rows") && n.Contains("page=1"));
        Assert.Contains("priogrid_gid", report.IgnoredColumns);
    }

    [Fact]
    public async Task AnAcledExportWithAByteOrderMarkIsRead()
    {
        var header = string.Join(',', ColumnMapping.AcledColumns);
        var row = "ARM123,2020-10-09,2020,1,Political violence,Battles,Armed clash,Military Forces of Azerbaijan (2018-),,1,"
                  + "Military Forces of Armenia (2018-),,1,11,,51,Caucasus and Central Asia,Armenia,Syunik,Goris,,Goris,39.5,46.3,2,"
                  + "Armenpress,National,\"Shelling near Goris, 2 killed\",2,,1602288000";
        var civilians = "ARM124,10 October 2020,2020,2,Political violence,Violence against civilians,Attack,Unidentified Armed Group,,3,"
                        + "Civilians (Armenia),,7,37,Civilian targeting,51,Caucasus and Central Asia,Armenia,Syunik,Goris,,Goris,39.5,46.3,3,"
                        + "Armenpress,National,Attack,1,,1602288000";
        var path = Fixture.Text("acled.csv", header + "\n" + row + "\n" + civilians + "\n", new UTF8Encoding(true));

        var (rows, report) = await ReadAsync(path);

        Assert.Null(report.FileProblem);
        Assert.Equal(2, rows.Count);
        Assert.Equal(("ARM123", "Armenia", "Military Forces of Azerbaijan (2018-)"), (rows[0].RowId, rows[0].Conflict, rows[0].SideA));
        Assert.Equal([new ImportedFigure(FigureSlot.Event, 2)], rows[0].Figures);
        Assert.Equal("Shelling near Goris, 2 killed", rows[0].SourceOriginal);
        Assert.True(rows[1].CiviliansTargeted);
        Assert.Equal((new DateOnly(2020, 10, 10), TimePrecision.Day), (rows[1].Start, rows[1].Precision));
        Assert.Equal(PlacePrecision.Admin1, rows[1].PlacePrecision);
    }

    [Fact]
    public async Task AnyCsvIsReadThroughAnAnalystsMapping()
    {
        var mapping = new ColumnMapping("Karabakh casualty list", "karabakh-list", new Dictionary<ImportField, string>
        {
            [ImportField.RowId] = "ref", [ImportField.Conflict] = "war", [ImportField.DateStart] = "day",
            [ImportField.DeathsCivilians] = "civilians killed", [ImportField.PlaceName] = "village",
        });
        var path = Fixture.Text("list.csv", "ref,day,war,village,civilians killed,comment\nK-1,2020-10-04,Karabakh,Martuni,3,shelling\n");

        var (rows, report) = await ReadAsync(path, mapping);

        var row = Assert.Single(rows);
        Assert.Equal(("K-1", "Karabakh", "Martuni"), (row.RowId, row.Conflict, row.PlaceName));
        Assert.Equal([new ImportedFigure(FigureSlot.Civilians, 3)], row.Figures);
        Assert.Equal(["comment"], report.IgnoredColumns);
        Assert.Equal(mapping.Columns, ColumnMapping.FromJson(mapping.ToJson())!.Columns);
    }

    public static TheoryData<string, string> BadValues => new()
    {
        { "date_start", "2020-13-45" },
        { "deaths_a", "many" },
        { "deaths_b", "2.5" },
        { "latitude", "north" },
        { "date_prec", "x" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task AValueThatCannotBeReadRefusesItsRowWithTheLineAndTheColumn(string column, string value)
    {
        var path = Fixture.Ged(3, (i, row) => { if (i == 1) row[column] = value; });

        var (rows, report) = await ReadAsync(path);

        Assert.Equal(2, rows.Count);
        var refused = Assert.Single(report.Refused);
        Assert.Equal((3, "100001"), (refused.Line, refused.RowId));
        Assert.Contains($"{column} “{value}”", refused.Reason);
    }

    [Fact]
    public async Task WholeNumbersWrittenWithDecimalsAreReadAndCounted()
    {
        var (rows, report) = await ReadAsync(Fixture.Ged(2, (i, row) => row["deaths_b"] = (i + 1) + ".0"));

        Assert.Equal(2, rows.Count);
        Assert.Equal(2, report.Coercions["Whole numbers written with decimals"].Count);
        Assert.Contains("deaths_b “1.0” read as 1", report.Coercions["Whole numbers written with decimals"].Examples);
    }

    [Fact]
    public async Task AnEndBeforeTheStartRefusesTheRow()
    {
        var (_, report) = await ReadAsync(Fixture.Ged(1, (_, row) => row["date_end"] = "2020-01-01"));

        Assert.Contains("date_end 2020-01-01 is before date_start 2020-09-27", Assert.Single(report.Refused).Reason);
    }

    [Fact]
    public async Task ARowWithTooFewFieldsIsRefused()
    {
        var path = Fixture.Ged(2);
        File.AppendAllText(path, "100009,AZE\n");

        var (rows, report) = await ReadAsync(path);

        Assert.Equal(2, rows.Count);
        Assert.Equal((4, "It has 2 fields; the header has 49."), (report.Refused[0].Line, report.Refused[0].Reason));
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "semicolons", "The columns are separated by semicolons" },
        { "latin1", "not UTF-8" },
        { "binary", "binary" },
        { "utf16", "UTF-16" },
        { "missing", "Required columns missing: deaths_b, best" },
        { "empty", "empty" },
        { "unknown", "neither UCDP GED's nor ACLED's" },
        { "json", "not valid JSON" },
        { "jsonshape", "no \"Result\" array" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFileIsNamedAsSuchAndNoRowIsRead(string kind, string expected)
    {
        var header = string.Join(',', ColumnMapping.GedColumns);
        var path = kind switch
        {
            "semicolons" => Fixture.Text("a.csv", header.Replace(',', ';') + "\n1;2\n"),
            "latin1" => Fixture.Bytes("a.csv", [.. Encoding.UTF8.GetBytes(header + "\n"), .. Encoding.Latin1.GetBytes("100000,Martakert côté\n")]),
            "binary" => Fixture.Bytes("a.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
            "utf16" => Fixture.Text("a.csv", header + "\n", Encoding.Unicode),
            "missing" => Fixture.Ged(2, columns: ColumnMapping.GedColumns.Where(c => c is not ("deaths_b" or "best")).ToList()),
            "empty" => Fixture.Text("a.csv", ""),
            "unknown" => Fixture.Text("a.csv", "name,age\nx,1\n"),
            "json" => Fixture.Text("a.json", "{\"Result\": [1, 2"),
            _ => Fixture.Text("a.json", "{\"results\": []}"),
        };

        var (rows, report) = await ReadAsync(path);

        Assert.Empty(rows);
        Assert.Contains(expected, report.FileProblem);
    }
}
