using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CeasefireTracker.Features.Import;

/// <summary>Whose deaths a figure counts, as GED splits them.</summary>
public enum FigureSlot
{
    SideA,
    SideB,
    Civilians,
    Unknown,

    /// <summary>The whole event (GED best/low/high, ACLED fatalities): contains the other slots' figures.</summary>
    Event,
}

public sealed record ImportedFigure(FigureSlot Slot, int Best, int? Low = null, int? High = null);

/// <summary>One data set row read and checked field by field, before it becomes records.</summary>
public sealed class ImportedRow
{
    public required int Line { get; init; }
    public required string RowId { get; init; }
    public required string Conflict { get; init; }
    public string? SideA { get; init; }
    public string? SideB { get; init; }
    public string? ViolenceType { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public TimePrecision Precision { get; init; } = TimePrecision.Day;
    public string? PlaceName { get; init; }
    public string? Description { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Country { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public PlacePrecision? PlacePrecision { get; init; }
    public string? SourceArticle { get; init; }
    public string? SourceHeadline { get; init; }
    public string? SourceOffice { get; init; }
    public string? SourceDate { get; init; }
    public string? SourceOriginal { get; init; }
    public bool CiviliansTargeted { get; init; }
    public required IReadOnlyList<ImportedFigure> Figures { get; init; }

    /// <summary>Hash of every value above but the line: equal hashes mean the data set did not change the row.</summary>
    public string Hash()
    {
        var text = string.Join('\u001f', new object?[]
        {
            RowId, Conflict, SideA, SideB, ViolenceType, Start, End, Precision, PlaceName, Description, Admin1, Admin2, Country,
            Latitude?.ToString("R", CultureInfo.InvariantCulture), Longitude?.ToString("R", CultureInfo.InvariantCulture),
            PlacePrecision, SourceArticle, SourceHeadline, SourceOffice, SourceDate, SourceOriginal, CiviliansTargeted,
            string.Join(',', Figures.Select(f => $"{f.Slot}:{f.Best}:{f.Low}:{f.High}")),
        }.Select(v => v is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : v?.ToString()));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
    }
}

/// <summary>
/// Turns a row's text into typed values. What cannot be read refuses the row with a reason naming the column and
/// the value ("date_start “2020-13-45” is not a date"); what is read with a change is counted in the report.
/// Range rules that the records themselves have (negative deaths, latitude 200) are left to RecordValidator.
/// </summary>
public sealed class RowParser(ColumnMapping mapping, ImportReport report)
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.fff",
        "d MMMM yyyy", "dd MMMM yyyy", "d-MMMM-yyyy", "dd/MM/yyyy",
    ];

    public ImportedRow? Parse(SourceRow row)
    {
        var errors = new List<string>();
        var id = Text(row, ImportField.RowId);
        if (id is null) errors.Add($"{Column(ImportField.RowId)} is empty.");
        var conflict = Text(row, ImportField.Conflict);
        if (conflict is null) errors.Add($"{Column(ImportField.Conflict)} is empty.");
        var start = Date(row, ImportField.DateStart, errors);
        if (start is null && row[ImportField.DateStart] is null or "") errors.Add($"{Column(ImportField.DateStart)} is empty.");
        var end = Date(row, ImportField.DateEnd, errors) ?? start;
        if (start is { } s && end is { } e && e < s) errors.Add($"{Column(ImportField.DateEnd)} {e:yyyy-MM-dd} is before {Column(ImportField.DateStart)} {s:yyyy-MM-dd}.");

        var figures = Figures(row, errors);
        var latitude = Number(row, ImportField.Latitude, errors);
        var longitude = Number(row, ImportField.Longitude, errors);
        var precision = Precision(row, errors);

        if (errors.Count > 0 || id is null || conflict is null || start is null)
        {
            report.Refuse(row.Line, id ?? "?", string.Join(" ", errors));
            return null;
        }

        return new ImportedRow
        {
            Line = row.Line,
            RowId = id,
            Conflict = conflict,
            SideA = Text(row, ImportField.SideA),
            SideB = Text(row, ImportField.SideB),
            ViolenceType = Text(row, ImportField.ViolenceType),
            Start = start.Value,
            End = end!.Value,
            Precision = precision,
            PlaceName = Text(row, ImportField.PlaceName),
            Description = Text(row, ImportField.Description),
            Admin1 = Text(row, ImportField.Admin1),
            Admin2 = Text(row, ImportField.Admin2),
            Country = Text(row, ImportField.Country),
            Latitude = latitude,
            Longitude = longitude,
            PlacePrecision = PlacePrecision(row, errors),
            SourceArticle = Text(row, ImportField.SourceArticle),
            SourceHeadline = Text(row, ImportField.SourceHeadline),
            SourceOffice = Text(row, ImportField.SourceOffice),
            SourceDate = Text(row, ImportField.SourceDate),
            SourceOriginal = Text(row, ImportField.SourceOriginal),
            CiviliansTargeted = Text(row, ImportField.CivilianTargeting) is not null,
            Figures = figures,
        };
    }

    private List<ImportedFigure> Figures(SourceRow row, List<string> errors)
    {
        var figures = new List<ImportedFigure>();
        var parts = new (ImportField Field, FigureSlot Slot)[]
        {
            (ImportField.DeathsA, FigureSlot.SideA), (ImportField.DeathsB, FigureSlot.SideB),
            (ImportField.DeathsCivilians, FigureSlot.Civilians), (ImportField.DeathsUnknown, FigureSlot.Unknown),
        };
        var sum = 0;
        var anyPart = false;
        foreach (var (field, slot) in parts)
        {
            if (Count(row, field, errors) is not { } value) continue;
            anyPart = true;
            sum += value;
            // GED gives all four for every event, mostly zeros: a zero is said here, not stored as a report.
            if (value == 0) report.Coerce("Zero figures not stored as reports", $"{Column(field)} of row {row[ImportField.RowId]}");
            else figures.Add(new ImportedFigure(slot, value));
        }

        var best = Count(row, ImportField.Best, errors);
        var low = Count(row, ImportField.Low, errors);
        var high = Count(row, ImportField.High, errors);
        if (best is { } b)
        {
            // The whole-event figure is kept when it says more than its parts: a range, a total the parts do not
            // add up to, or no parts at all (ACLED, most mapped CSVs).
            var saysMore = !anyPart || b != sum || (low is { } l && l != b) || (high is { } h && h != b);
            if (saysMore && (b > 0 || !anyPart) && !(b == 0 && low is null or 0 && high is null or 0 && anyPart))
                figures.Add(new ImportedFigure(FigureSlot.Event, b, low, high));
            else if (b == 0 && !anyPart)
                report.Coerce("Zero figures not stored as reports", $"{Column(ImportField.Best)} of row {row[ImportField.RowId]}");
        }

        figures.RemoveAll(f => f is { Slot: FigureSlot.Event, Best: 0, Low: null or 0, High: null or 0 });
        return figures;
    }

    private string Column(ImportField field) => mapping.Columns.TryGetValue(field, out var column) ? column : field.ToString();

    private static string? Text(SourceRow row, ImportField field) =>
        row[field] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private DateOnly? Date(SourceRow row, ImportField field, List<string> errors)
    {
        if (Text(row, field) is not { } text) return null;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            if (parsed.TimeOfDay != TimeSpan.Zero) report.Coerce("Times of day dropped (dates are kept as days)", $"{Column(field)} “{text}”");
            return DateOnly.FromDateTime(parsed);
        }

        errors.Add($"{Column(field)} “{text}” is not a date (expected 2020-10-09).");
        return null;
    }

    /// <summary>A count of people: a whole number; "12.0" is read as 12 and counted, "12.5" or "many" refuse the row.</summary>
    private int? Count(SourceRow row, ImportField field, List<string> errors)
    {
        if (!mapping.Columns.ContainsKey(field) || Text(row, field) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
            && number is >= int.MinValue and <= int.MaxValue)
        {
            report.Coerce("Whole numbers written with decimals", $"{Column(field)} “{text}” read as {(int)number}");
            return (int)number;
        }

        errors.Add($"{Column(field)} “{text}” is not a whole number.");
        return null;
    }

    private double? Number(SourceRow row, ImportField field, List<string> errors)
    {
        if (Text(row, field) is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        errors.Add($"{Column(field)} “{text}” is not a number.");
        return null;
    }

    private TimePrecision Precision(SourceRow row, List<string> errors)
    {
        if (Text(row, ImportField.DatePrecision) is not { } text) return TimePrecision.Day;
        if (!int.TryParse(text, CultureInfo.InvariantCulture, out var code))
        {
            errors.Add($"{Column(ImportField.DatePrecision)} “{text}” is not a precision code.");
            return TimePrecision.Day;
        }

        // GED date_prec: 1 the day, 2 within 2-6 days, 3 the week, 4 the month, 5 the year or longer.
        // ACLED time_precision: 1 the day, 2 the week, 3 the month. The day kept is the data set's start date.
        var precision = (mapping.Precision, code) switch
        {
            (PrecisionCoding.Ged, 4) or (PrecisionCoding.Acled, 3) => TimePrecision.Month,
            (PrecisionCoding.Ged, >= 5) => TimePrecision.Year,
            _ => TimePrecision.Day,
        };
        if (precision == TimePrecision.Day && code > 1)
            report.Coerce("Dates known to within days or a week, kept as their first day", $"{Column(ImportField.DatePrecision)} {code} of row {row[ImportField.RowId]}");
        return precision;
    }

    private PlacePrecision? PlacePrecision(SourceRow row, List<string> errors)
    {
        if (Text(row, ImportField.PlacePrecision) is not { } text || !int.TryParse(text, CultureInfo.InvariantCulture, out var code)) return null;
        // GED where_prec 1-7; ACLED geo_precision 1 the town, 2 near it, 3 the region.
        return (mapping.Precision, code) switch
        {
            (_, 1) => Domain.PlacePrecision.Exact,
            (_, 2) => Domain.PlacePrecision.Near,
            (PrecisionCoding.Ged, 3) => Domain.PlacePrecision.Admin2,
            (PrecisionCoding.Ged, 4) or (PrecisionCoding.Acled, 3) => Domain.PlacePrecision.Admin1,
            (PrecisionCoding.Ged, 5) => Domain.PlacePrecision.Area,
            (PrecisionCoding.Ged, 6) => Domain.PlacePrecision.Country,
            (PrecisionCoding.Ged, 7) => Domain.PlacePrecision.Water,
            _ => null,
        };
    }
}
