namespace CeasefireTracker.Domain;

public enum ImportStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Undone,
}

/// <summary>
/// The log of one import: what was imported, by whom, and the operation its records were written in (the audit
/// entries of that operation are the changes themselves; this row only names them). Not a record: it is never edited.
/// </summary>
public class ImportRun
{
    public int Id { get; set; }

    public required string DataSet { get; set; }

    public required string DataSetVersion { get; set; }

    public required string FileName { get; set; }

    public required string UserName { get; set; }

    public ImportStatus Status { get; set; }

    /// <summary>The audited operation that wrote the import; null until it is written.</summary>
    public Guid? OperationId { get; set; }

    public int RowsRead { get; set; }

    public int RecordsWritten { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>Why it failed, or what it did, in words.</summary>
    public string? Message { get; set; }
}

/// <summary>An analyst's mapping of a CSV's columns onto import fields, saved by name for the next file of that kind.</summary>
public class ImportColumnMapping
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>JSON of the mapping (Features/Import/ColumnMapping).</summary>
    public required string Json { get; set; }

    public required string UserName { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
