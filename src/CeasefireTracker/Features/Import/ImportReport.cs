namespace CeasefireTracker.Features.Import;

/// <summary>A value changed on the way in: how often, and a few examples ("12.0" read as 12).</summary>
public sealed class Coercion(string what)
{
    public const int MaxExamples = 3;

    public string What { get; } = what;

    public int Count { get; private set; }

    public List<string> Examples { get; } = [];

    public void Add(string example)
    {
        Count++;
        if (Examples.Count < MaxExamples && !Examples.Contains(example)) Examples.Add(example);
    }
}

/// <summary>A row not imported: the line it stands on in the file (1 is the header), and why.</summary>
public sealed record RefusedRow(int Line, string RowId, string Reason);

/// <summary>A row whose stored records an analyst changed since they were imported: listed, not overwritten.</summary>
public sealed record EditedRow(string RowId, string Record, string ChangedBy, DateTime ChangedAtUtc);

/// <summary>
/// Everything an import did not keep as it was: columns ignored, values coerced, rows refused, rows already present,
/// rows an analyst edited since the last import. A file-wide problem (not CSV, missing columns) is <see cref="FileProblem"/>
/// and nothing of the file is imported.
/// </summary>
public sealed class ImportReport
{
    /// <summary>Refused rows kept in the report; the count goes on past it.</summary>
    public const int MaxRefusedListed = 1000;

    public string? FileProblem { get; set; }

    public List<string> IgnoredColumns { get; } = [];

    public List<string> Notes { get; } = [];

    public Dictionary<string, Coercion> Coercions { get; } = [];

    public List<RefusedRow> Refused { get; } = [];

    public int RefusedCount { get; private set; }

    public int RowsRead { get; set; }

    public int AlreadyPresent { get; set; }

    public int ToCreate { get; set; }

    public int ToUpdate { get; set; }

    public int ToWithdraw { get; set; }

    public List<EditedRow> EditedSince { get; } = [];

    public bool CanImport => FileProblem is null && ToCreate + ToUpdate + ToWithdraw > 0;

    public void Coerce(string what, string example)
    {
        if (!Coercions.TryGetValue(what, out var coercion)) Coercions[what] = coercion = new Coercion(what);
        coercion.Add(example);
    }

    public void Refuse(int line, string rowId, string reason)
    {
        RefusedCount++;
        if (Refused.Count < MaxRefusedListed) Refused.Add(new RefusedRow(line, rowId, reason));
    }

    /// <summary>One line per finding, for the command's output and the log.</summary>
    public IEnumerable<string> Lines()
    {
        if (FileProblem is not null)
        {
            yield return $"Not imported: {FileProblem}";
            yield break;
        }

        yield return $"{RowsRead:N0} rows read: {ToCreate:N0} new, {ToUpdate:N0} changed, {AlreadyPresent:N0} already present, "
                     + $"{RefusedCount:N0} refused, {ToWithdraw:N0} withdrawn (no longer in the data set).";
        foreach (var note in Notes) yield return note;
        if (IgnoredColumns.Count > 0) yield return $"Columns not kept: {string.Join(", ", IgnoredColumns)}.";
        foreach (var c in Coercions.Values)
            yield return $"{c.What}: {c.Count:N0} (e.g. {string.Join("; ", c.Examples)}).";
        foreach (var r in Refused) yield return $"Line {r.Line} (row {r.RowId}) refused: {r.Reason}";
        if (RefusedCount > Refused.Count) yield return $"... and {RefusedCount - Refused.Count:N0} more refused rows.";
        foreach (var e in EditedSince)
            yield return $"Row {e.RowId}: {e.Record} was changed by {e.ChangedBy} on {e.ChangedAtUtc:yyyy-MM-dd HH:mm} UTC since it was imported; kept as the analyst left it.";
    }
}
