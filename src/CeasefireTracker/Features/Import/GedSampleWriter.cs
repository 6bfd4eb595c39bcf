using System.Globalization;
using System.Text;

namespace CeasefireTracker.Features.Import;

/// <summary>
/// Writes GED CSV files with the codebook's 49 columns, made-up but well-formed rows (tests and the import
/// benchmark; real GED files are large and licensed separately). Any value can be overridden per row, and the
/// columns can come in any order.
/// </summary>
public static class GedSampleWriter
{
    public const string Conflict = "Azerbaijan: Nagorno-Karabakh";
    public const string SideA = "Government of Azerbaijan";
    public const string SideB = "Government of Armenia";

    /// <summary>Row <paramref name="i"/> (0-based) of a sample: event id 100000 + i, dates from 27 Sep 2020 on.</summary>
    public static Dictionary<string, string> Row(int i)
    {
        var date = new DateOnly(2020, 9, 27).AddDays(i % 45);
        var (a, b, civilians, unknown) = (i % 3, (i + 1) % 4, i % 5 == 0 ? 2 : 0, i % 7 == 0 ? 1 : 0);
        var best = a + b + civilians + unknown;
        var values = new Dictionary<string, string>();
        foreach (var column in ColumnMapping.GedColumns) values[column] = "";
        values["id"] = (100000 + i).ToString(CultureInfo.InvariantCulture);
        values["relid"] = $"AZE-2020-1-{i}";
        values["year"] = date.Year.ToString(CultureInfo.InvariantCulture);
        values["active_year"] = "1";
        values["code_status"] = "Clear";
        values["type_of_violence"] = "1";
        values["conflict_dset_id"] = "388";
        values["conflict_new_id"] = "388";
        values["conflict_name"] = Conflict;
        values["dyad_name"] = $"{SideA} - {SideB}";
        values["side_a"] = SideA;
        values["side_b"] = SideB;
        values["number_of_sources"] = "1";
        values["source_article"] = $"Agence France Presse, 2020-{date:MM-dd}; Fighting near Stepanakert";
        values["source_office"] = "AFP";
        values["source_date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        values["source_headline"] = $"Shelling reported on day {i % 45 + 1}";
        values["source_original"] = "Armenian Defence Ministry";
        values["where_prec"] = (1 + i % 4).ToString(CultureInfo.InvariantCulture);
        values["where_coordinates"] = "Stepanakert town";
        values["where_description"] = "near Stepanakert";
        values["adm_1"] = "Nagorno-Karabakh";
        values["adm_2"] = "Shusha district";
        values["latitude"] = (39.8 + i % 10 * 0.01).ToString("0.####", CultureInfo.InvariantCulture);
        values["longitude"] = (46.75 + i % 10 * 0.01).ToString("0.####", CultureInfo.InvariantCulture);
        values["geom_wkt"] = $"POINT ({values["longitude"]} {values["latitude"]})";
        values["priogrid_gid"] = "180694";
        values["country"] = "Azerbaijan";
        values["country_id"] = "373";
        values["region"] = "Europe";
        values["event_clarity"] = "1";
        values["date_prec"] = "1";
        values["date_start"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00.000";
        values["date_end"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00.000";
        values["deaths_a"] = a.ToString(CultureInfo.InvariantCulture);
        values["deaths_b"] = b.ToString(CultureInfo.InvariantCulture);
        values["deaths_civilians"] = civilians.ToString(CultureInfo.InvariantCulture);
        values["deaths_unknown"] = unknown.ToString(CultureInfo.InvariantCulture);
        values["best"] = best.ToString(CultureInfo.InvariantCulture);
        values["high"] = (best + (i % 6 == 0 ? 3 : 0)).ToString(CultureInfo.InvariantCulture);
        values["low"] = best.ToString(CultureInfo.InvariantCulture);
        values["gwnoa"] = "373";
        values["gwnob"] = "371";
        return values;
    }

    /// <summary>Writes <paramref name="count"/> rows; <paramref name="change"/> may alter each row's values before it is written.</summary>
    public static void Write(TextWriter writer, int count, IReadOnlyList<string>? columns = null,
        Action<int, Dictionary<string, string>>? change = null, bool hxl = false)
    {
        columns ??= ColumnMapping.GedColumns;
        writer.Write(string.Join(',', columns));
        writer.Write('\n');
        if (hxl)
        {
            writer.Write(string.Join(',', columns.Select(c => "#" + c.Replace("_", "+"))));
            writer.Write('\n');
        }

        for (var i = 0; i < count; i++)
        {
            var row = Row(i);
            change?.Invoke(i, row);
            writer.Write(string.Join(',', columns.Select(c => Quote(row[c]))));
            writer.Write('\n');
        }
    }

    public static string WriteFile(string path, int count, IReadOnlyList<string>? columns = null,
        Action<int, Dictionary<string, string>>? change = null, bool hxl = false)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        Write(writer, count, columns, change, hxl);
        return path;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
