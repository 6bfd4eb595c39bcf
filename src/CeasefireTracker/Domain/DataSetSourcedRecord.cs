namespace CeasefireTracker.Domain;

/// <summary>
/// What events and casualty reports share: they rest on a quote in a source or on a data set row (whose quote is then
/// empty, see RecordValidator), and they happen at a place, which a data set row gives too. Not mapped itself: each
/// record type keeps its own table with these columns.
/// </summary>
public abstract class DataSetSourcedRecord : Entity, IDataSetSourced, IPlaced
{
    public int SourceId { get; set; }

    public Source? Source { get; set; }

    public required string Quote { get; set; }

    public int QuoteStart { get; set; }

    public int? DataSetRowId { get; set; }

    public DataSetRow? DataSetRow { get; set; }

    public string? PlaceName { get; set; }

    public string? PlaceAdmin1 { get; set; }

    public string? PlaceAdmin2 { get; set; }

    public string? PlaceCountry { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public PlacePrecision? PlacePrecision { get; set; }
}
