using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeasefireTracker.Features.Import;

/// <summary>What an import reads from a row. Each data set's columns map onto these; one field, one meaning.</summary>
public enum ImportField
{
    RowId,
    Conflict,
    SideA,
    SideB,
    ViolenceType,
    DateStart,
    DateEnd,
    DatePrecision,
    DeathsA,
    DeathsB,
    DeathsCivilians,
    DeathsUnknown,
    Best,
    Low,
    High,
    PlaceName,
    Admin1,
    Admin2,
    Country,
    Latitude,
    Longitude,
    PlacePrecision,
    SourceArticle,
    SourceHeadline,
    SourceOffice,
    SourceDate,
    SourceOriginal,
    Description,
    CivilianTargeting,
}

/// <summary>How a data set codes the precision of its dates and places.</summary>
public enum PrecisionCoding
{
    /// <summary>No precision columns: dates are days, places as given.</summary>
    None,

    /// <summary>UCDP GED: date_prec 1-5, where_prec 1-7.</summary>
    Ged,

    /// <summary>ACLED: time_precision 1-3, geo_precision 1-3.</summary>
    Acled,
}

/// <summary>
/// Which column holds which field, for one kind of file. GED and ACLED have built-in mappings; an analyst builds one
/// for any other CSV on the import page and saves it by name. <see cref="DataSet"/> names the data set the rows come
/// from ("UCDP GED"), and <see cref="Key"/> is the short stable prefix of its rows' ids ("ucdp-ged").
/// </summary>
public sealed record ColumnMapping(
    string DataSet, string Key, IReadOnlyDictionary<ImportField, string> Columns, PrecisionCoding Precision = PrecisionCoding.None,
    string? Publisher = null, string? Url = null)
{
    /// <summary>Fields a file must have for the mapping to read it.</summary>
    public static readonly IReadOnlySet<ImportField> Required = new HashSet<ImportField>
        { ImportField.RowId, ImportField.Conflict, ImportField.DateStart };

    public static ColumnMapping Ged { get; } = new("UCDP GED", "ucdp-ged", new Dictionary<ImportField, string>
    {
        [ImportField.RowId] = "id",
        [ImportField.Conflict] = "conflict_name",
        [ImportField.SideA] = "side_a",
        [ImportField.SideB] = "side_b",
        [ImportField.ViolenceType] = "type_of_violence",
        [ImportField.DateStart] = "date_start",
        [ImportField.DateEnd] = "date_end",
        [ImportField.DatePrecision] = "date_prec",
        [ImportField.DeathsA] = "deaths_a",
        [ImportField.DeathsB] = "deaths_b",
        [ImportField.DeathsCivilians] = "deaths_civilians",
        [ImportField.DeathsUnknown] = "deaths_unknown",
        [ImportField.Best] = "best",
        [ImportField.Low] = "low",
        [ImportField.High] = "high",
        [ImportField.PlaceName] = "where_coordinates",
        [ImportField.Description] = "where_description",
        [ImportField.Admin1] = "adm_1",
        [ImportField.Admin2] = "adm_2",
        [ImportField.Country] = "country",
        [ImportField.Latitude] = "latitude",
        [ImportField.Longitude] = "longitude",
        [ImportField.PlacePrecision] = "where_prec",
        [ImportField.SourceArticle] = "source_article",
        [ImportField.SourceHeadline] = "source_headline",
        [ImportField.SourceOffice] = "source_office",
        [ImportField.SourceDate] = "source_date",
        [ImportField.SourceOriginal] = "source_original",
    }, PrecisionCoding.Ged, "Uppsala Conflict Data Program", "https://ucdp.uu.se/downloads/");

    public static ColumnMapping Acled { get; } = new("ACLED", "acled", new Dictionary<ImportField, string>
    {
        [ImportField.RowId] = "event_id_cnty",
        // ACLED has no conflict column: its rows are filed under their country (an analyst may map another column).
        [ImportField.Conflict] = "country",
        [ImportField.SideA] = "actor1",
        [ImportField.SideB] = "actor2",
        [ImportField.ViolenceType] = "event_type",
        [ImportField.DateStart] = "event_date",
        [ImportField.DatePrecision] = "time_precision",
        [ImportField.Best] = "fatalities",
        [ImportField.CivilianTargeting] = "civilian_targeting",
        [ImportField.PlaceName] = "location",
        [ImportField.Admin1] = "admin1",
        [ImportField.Admin2] = "admin2",
        [ImportField.Country] = "country",
        [ImportField.Latitude] = "latitude",
        [ImportField.Longitude] = "longitude",
        [ImportField.PlacePrecision] = "geo_precision",
        [ImportField.SourceArticle] = "source",
        [ImportField.SourceOriginal] = "notes",
    }, PrecisionCoding.Acled, "Armed Conflict Location & Event Data (ACLED)", "https://acleddata.com/");

    /// <summary>The GED codebook's 49 columns; the ones not in <see cref="Ged"/> are reported as not kept.</summary>
    public static readonly IReadOnlyList<string> GedColumns =
    [
        "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
        "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
        "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office", "source_date",
        "source_headline", "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
        "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity",
        "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best",
        "high", "low", "gwnoa", "gwnob",
    ];

    /// <summary>ACLED's 31 export columns.</summary>
    public static readonly IReadOnlyList<string> AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>The built-in mapping whose identifying columns the header has, or null.</summary>
    public static ColumnMapping? Recognize(IReadOnlyCollection<string> header)
    {
        var names = new HashSet<string>(header, StringComparer.OrdinalIgnoreCase);
        if (names.Contains("event_id_cnty") && names.Contains("fatalities")) return Acled;
        if (names.Contains("id") && names.Contains("deaths_a") && names.Contains("side_a")) return Ged;
        return null;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ColumnMapping? FromJson(string json) => JsonSerializer.Deserialize<ColumnMapping>(json, JsonOptions);
}
