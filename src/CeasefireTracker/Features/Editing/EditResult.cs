namespace CeasefireTracker.Features.Editing;

public enum EditOutcome
{
    Saved,
    Invalid,
    Conflict,
    NotFound,
    Forbidden,
    HasDependents,
}

/// <summary>
/// What became of one write. <see cref="Errors"/> maps a property name to its messages ("" for the record as a
/// whole); on a conflict <see cref="Current"/> is the record as someone else saved it.
/// </summary>
public sealed record EditResult(EditOutcome Outcome, Entity? Record = null, Entity? Current = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Errors = null, string? Message = null)
{
    public bool Succeeded => Outcome == EditOutcome.Saved;

    /// <summary>On a refused change of a source's text: the records whose quotes it would leave without their words.</summary>
    public IReadOnlyList<BrokenQuote> BrokenQuotes { get; init; } = [];

    /// <summary>What the analyst should know about a save that succeeded (a competing claim), shown in the dialog.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors => Errors ?? new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Every message, for a summary above the form.</summary>
    public IEnumerable<string> AllMessages => Message is null ? FieldErrors.Values.SelectMany(m => m) : [Message, .. FieldErrors.Values.SelectMany(m => m)];

    public static EditResult Invalid(string message) =>
        new(EditOutcome.Invalid, Errors: new Dictionary<string, IReadOnlyList<string>> { [""] = [message] });
}
