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

    // What to import, kept with the run so one the app stopped during is resumed at the next start.

    /// <summary>The file on the server (an upload waits in the import work folder).</summary>
    public string? FilePath { get; set; }

    /// <summary>The analyst's column mapping as JSON; null for a GED or ACLED file recognized by its header.</summary>
    public string? MappingJson { get; set; }

    public bool CompleteDataSet { get; set; } = true;

    public int? ConflictId { get; set; }

    /// <summary>The file is an upload, deleted once the run is done with it.</summary>
    public bool Uploaded { get; set; }

    /// <summary>The app instance that queued or runs it; it sets <see cref="HeartbeatAtUtc"/> while it is alive.</summary>
    public string? Owner { get; set; }

    /// <summary>A queued or running run whose owner has not said it is alive for a while was stopped with its app.</summary>
    public DateTime? HeartbeatAtUtc { get; set; }
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
