using CeasefireTracker.Data;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CeasefireTracker.Features.Editing;

/// <summary>A record whose quote no longer stands in its source's new text, and why.</summary>
public sealed record BrokenQuote(string RecordType, int Id, string Quote, string Problem, int? BestEstimate = null)
{
    public string Label => $"{RecordValidator.Label(RecordType)} #{Id}";
}

/// <summary>
/// The analyst's repair of one quote in the same save as the source text: the new quote (and, for a casualty report,
/// its figure, since a figure must stand in its quote).
/// </summary>
public sealed record QuoteFix(string RecordType, int Id, string Quote, int? BestEstimate = null);

// A change to a source's text re-finds every quote that cites it, in the same audited operation.
public sealed partial class RecordEditor
{
    /// <summary>Saves a source with repairs to the quotes its new text would leave without their words.</summary>
    public Task<EditResult> UpdateSourceAsync(Source edited, IReadOnlyList<QuoteFix> fixes, string? reason = null, CancellationToken ct = default) =>
        UpdateAsync(edited, reason, fixes, ct);

    /// <summary>
    /// When <paramref name="entry"/> is a source whose text changed: the moves and repairs of the quotes citing it; or,
    /// when any quote is missing or ambiguous in the new text, the refusal that lists them. Nothing for other changes.
    /// </summary>
    private static async Task<(List<Change> Changes, EditResult? Refusal)> RequoteAsync(TrackerDbContext db, EntityEntry entry,
        IReadOnlyList<QuoteFix> fixes, CancellationToken ct)
    {
        if (entry.Entity is not Source source || entry.Property(nameof(Source.FullText)) is not { IsModified: true } text) return ([], null);
        var (changes, broken) = await PlaceCitingAsync(db, source.Id, (string)text.OriginalValue!, source.FullText, fixes, _ => false, ct);
        if (broken.Count == 0) return (changes, null);

        var list = string.Join(" ", broken.Select(b => $"{b.Label} “{b.Quote}”: {b.Problem}"));
        var message = $"Not saved: the new text leaves {broken.Count} {(broken.Count == 1 ? "quote" : "quotes")} without {(broken.Count == 1 ? "its" : "their")} words. " +
                      $"{list} Fix each quote below (or undo the change to the text), then save again.";
        return (changes, new EditResult(EditOutcome.Invalid, source,
            Errors: new Dictionary<string, IReadOnlyList<string>> { [nameof(Source.FullText)] = [message] }) { BrokenQuotes = broken });
    }

    /// <summary>
    /// Places every live quote citing source <paramref name="sourceId"/> in its new text (applying the analyst's
    /// <paramref name="fixes"/>), leaving out the records <paramref name="skip"/> names: the moves to save and audit,
    /// and the quotes that are missing, ambiguous or otherwise invalid.
    /// </summary>
    private static async Task<(List<Change> Changes, List<BrokenQuote> Broken)> PlaceCitingAsync(TrackerDbContext db, int sourceId,
        string oldText, string newText, IReadOnlyList<QuoteFix> fixes, Func<Entity, bool> skip, CancellationToken ct)
    {
        var changes = new List<Change>();
        var broken = new List<BrokenQuote>();
        var lookup = new BatchReferenceLookup(db);
        lookup.SourceText(sourceId, newText);
        var fixFor = fixes.GroupBy(f => (f.RecordType, f.Id)).ToDictionary(g => g.Key, g => g.Last());

        foreach (var record in await CitingAsync(db, sourceId, ct))
        {
            var entity = (Entity)record;
            if (skip(entity)) continue;
            var type = entity.GetType().Name;
            var entry = db.Entry(entity);
            var before = RecordSnapshot.Capture(entry);
            (QuotePlacementOutcome Outcome, int Start, int Count) placed;
            if (fixFor.Remove((type, entity.Id), out var fix))
            {
                record.Quote = fix.Quote;
                if (fix.BestEstimate is { } figure && entity is CasualtyReport report) report.BestEstimate = figure;
                placed = QuotePlacement.Find(newText, fix.Quote);
            }
            else placed = QuotePlacement.Place(oldText, newText, record.Quote, record.QuoteStart);

            var problem = placed.Outcome switch
            {
                QuotePlacementOutcome.Missing => "The quote is no longer in the text.",
                QuotePlacementOutcome.Ambiguous => $"The quote now stands {placed.Count} times in the text; quote more words so it is found once.",
                _ => null,
            };
            if (problem is null)
            {
                record.QuoteStart = placed.Start;
                var errors = await RecordValidator.PrepareAsync(db, entity, lookup, ct);
                if (errors.Count > 0) problem = string.Join(" ", errors.Values.SelectMany(m => m));
            }

            // Set on the object, not through the entry: the tracker learns of it here, so the move is audited.
            entry.DetectChanges();
            if (problem is not null)
                broken.Add(new BrokenQuote(type, entity.Id, record.Quote, problem, (entity as CasualtyReport)?.BestEstimate));
            else if (entry.Properties.Any(p => p.IsModified))
                changes.Add(new Change(entry, AuditAction.Update, before));
        }

        foreach (var ((type, id), _) in fixFor)
            broken.Add(new BrokenQuote(type, id, "", "This record does not cite the source (or has been deleted)."));
        return (changes, broken);
    }

    /// <summary>Live records of every type that rests on a quote, citing one source.</summary>
    private static async Task<List<ISourced>> CitingAsync(TrackerDbContext db, int sourceId, CancellationToken ct)
    {
        var citing = new List<ISourced>();
        foreach (var type in db.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => typeof(ISourced).IsAssignableFrom(t) && typeof(Entity).IsAssignableFrom(t)))
            citing.AddRange(await (Task<List<ISourced>>)CitingMethod.MakeGenericMethod(type).Invoke(null, [db, sourceId, ct])!);
        return citing;
    }

    private static readonly System.Reflection.MethodInfo CitingMethod =
        typeof(RecordEditor).GetMethod(nameof(CitingOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static async Task<List<ISourced>> CitingOf<T>(TrackerDbContext db, int sourceId, CancellationToken ct) where T : Entity =>
        [.. (await db.Set<T>().Where(e => EF.Property<int>(e, nameof(ISourced.SourceId)) == sourceId).OrderBy(e => e.Id).ToListAsync(ct)).Cast<ISourced>()];
}
