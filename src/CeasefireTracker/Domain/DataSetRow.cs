namespace CeasefireTracker.Domain;

/// <summary>
/// One row of a published data set (UCDP GED, ACLED, an analyst's CSV) that records rest on instead of a quote in an
/// article: which data set and version, the row's own id, and the row's own source fields as the data set gives them.
/// <see cref="Entity.ExternalId"/> is "{data set key}:{row id}", the same across versions, so a newer version of the
/// data set updates the row in place.
/// </summary>
public class DataSetRow : Entity
{
    /// <summary>"UCDP GED", "ACLED", or the name of an analyst's saved column mapping.</summary>
    public required string DataSet { get; set; }

    /// <summary>"23.1"; the version the row was last imported from.</summary>
    public required string DataSetVersion { get; set; }

    /// <summary>The data set's own id of the row (GED "id", ACLED "event_id_cnty").</summary>
    public required string RowId { get; set; }

    /// <summary>The source the data set names for the row (GED source_article, ACLED source).</summary>
    public string? SourceArticle { get; set; }

    public string? SourceHeadline { get; set; }

    public string? SourceOffice { get; set; }

    /// <summary>As the data set writes it (GED source_date may list several dates).</summary>
    public string? SourceDate { get; set; }

    /// <summary>The original wording the data set quotes (GED source_original, ACLED notes).</summary>
    public string? SourceOriginal { get; set; }

    /// <summary>Hash of the row's values as imported, so a re-import knows which rows the new version changed.</summary>
    public required string ContentHash { get; set; }
}

/// <summary>A record that may rest on a data set row instead of a quote in an article.</summary>
public interface IDataSetSourced : ISourced
{
    int? DataSetRowId { get; set; }

    DataSetRow? DataSetRow { get; set; }
}

/// <summary>How precisely a place is known, from the exact spot to only the country (GED where_prec, ACLED geo_precision).</summary>
public enum PlacePrecision
{
    Exact,
    Near,
    Admin2,
    Admin1,
    Area,
    Country,
    Water,
}

/// <summary>Where something happened, as precisely as its source says; every part is optional.</summary>
public interface IPlaced
{
    string? PlaceName { get; set; }

    string? PlaceAdmin1 { get; set; }

    string? PlaceAdmin2 { get; set; }

    string? PlaceCountry { get; set; }

    double? Latitude { get; set; }

    double? Longitude { get; set; }

    PlacePrecision? PlacePrecision { get; set; }
}

/// <summary>What a page shows of the data set row a record rests on.</summary>
public sealed record DataSetCitation(
    string DataSet, string Version, string RowId, string? Article, string? Headline, string? Office, string? Date, string? Original)
{
    /// <summary>"UCDP GED 23.1, row 244657".</summary>
    public string Name => $"{DataSet} {Version}, row {RowId}";

    /// <summary>The row's own source as the data set names it: "AFP, 2020-10-09: “headline”"; null when it names none.</summary>
    public string? RowSource
    {
        get
        {
            var who = string.Join(", ", new[] { Office ?? Article, Date }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var what = string.IsNullOrWhiteSpace(Headline) ? "" : $"“{Headline}”";
            var text = who.Length > 0 && what.Length > 0 ? $"{who}: {what}" : who + what;
            return text.Length == 0 ? null : text;
        }
    }
}
