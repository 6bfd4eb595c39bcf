using CeasefireTracker.Data;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CeasefireTracker.Features.Editing;

// An event's or a ceasefire's parties are links, not columns: set from the ids the writer gives, checked, and audited with the record.
public sealed partial class RecordEditor
{
    /// <summary>
    /// Sets a tracked record's parties to <see cref="IHasParties.PartyIds"/> of <paramref name="input"/> (null leaves
    /// them). Adds a message to <paramref name="errors"/> for a party that does not exist or has been deleted.
    /// </summary>
    private static async Task SetPartiesAsync(TrackerDbContext db, EntityEntry entry, Entity input,
        Dictionary<string, List<string>> errors, CancellationToken ct)
    {
        if (input is not IHasParties { PartyIds: { } ids } || entry.Entity is not IHasParties target) return;
        var wanted = ids.Distinct().ToList();
        var collection = entry.Collection(nameof(IHasParties.Parties));
        if (entry.State != EntityState.Added && !collection.IsLoaded) await collection.LoadAsync(ct);
        // The query filter leaves deleted parties out: naming one is an error, as for any reference.
        var parties = await db.Parties.Where(p => wanted.Contains(p.Id)).ToListAsync(ct);
        var missing = wanted.Except(parties.Select(p => p.Id)).Order().ToList();
        if (missing.Count > 0)
        {
            errors[nameof(IHasParties.PartyIds)] =
                [.. missing.Select(id => $"Parties: party #{id} does not exist or has been deleted.")];
            return;
        }

        if (target.Parties.Select(p => p.Id).Order().SequenceEqual(wanted.Order())) return;
        target.Parties.RemoveAll(p => !wanted.Contains(p.Id));
        target.Parties.AddRange(parties.Where(p => target.Parties.All(t => t.Id != p.Id)));
        collection.IsLoaded = true;
        // A change of links alone is a change of the record: it gets a new version and an audit entry.
        if (entry.State != EntityState.Added) entry.Property(nameof(Entity.UpdatedAtUtc)).IsModified = true;
    }

    /// <summary>
    /// The batch form of <see cref="SetPartiesAsync"/>, for an event or a ceasefire: <see cref="IHasParties.PartyIds"/>
    /// names stored parties, and <see cref="IHasParties.Parties"/> may hold parties new in the same batch (by object, as a
    /// navigation refers to a new record), so an import or the seed links a record to a party it creates. Neither given
    /// leaves the links as they are.
    /// </summary>
    private static async Task LinkBatchPartiesAsync(TrackerDbContext db, EntityEntry entry, IHasParties input,
        System.Runtime.CompilerServices.ConditionalWeakTable<Entity, Entity> written, BatchReferenceLookup lookup, int index,
        List<RecordError> errors, CancellationToken ct)
    {
        var newParties = input.Parties.Where(p => p.Id == 0).ToList();
        if ((input.PartyIds is null && newParties.Count == 0) || entry.Entity is not IHasParties target) return;
        var collection = entry.Collection(nameof(IHasParties.Parties));
        if (entry.State != EntityState.Added && !collection.IsLoaded) await collection.LoadAsync(ct);
        var wanted = new List<Party>();
        var ids = (input.PartyIds ?? target.Parties.Select(p => p.Id).ToList()).ToList();
        foreach (var party in newParties)
        {
            if (!written.TryGetValue(party, out var created))
            {
                errors.Add(new RecordError(index, nameof(IHasParties.PartyIds), $"Parties: the new party “{party.Name}” is not part of this save."));
                return;
            }

            // Saved in an earlier chunk (detached since): by id; still waiting in this chunk: the tracked record itself.
            if (created.Id > 0) ids.Add(created.Id);
            else wanted.Add((Party)created);
        }

        foreach (var id in ids.Distinct())
        {
            if (await lookup.ExistsAsync(typeof(Party), id, ct) && await db.Parties.FindAsync([id], ct) is { } party) wanted.Add(party);
            else errors.Add(new RecordError(index, nameof(IHasParties.PartyIds), $"Parties: party #{id} does not exist or has been deleted."));
        }

        if (errors.Count > 0) return;
        if (target.Parties.Count == wanted.Count && target.Parties.All(p => wanted.Contains(p))) return;
        target.Parties.RemoveAll(p => !wanted.Contains(p));
        target.Parties.AddRange(wanted.Where(p => !target.Parties.Contains(p)));
        collection.IsLoaded = true;
        if (entry.State != EntityState.Added) entry.Property(nameof(Entity.UpdatedAtUtc)).IsModified = true;
    }

    /// <summary>
    /// Loads a record's own links (an event's parties), so its audit snapshot holds them. The far side of a one-way
    /// link (a party's events) has no property and is not the record's to keep.
    /// </summary>
    private static async Task LoadLinksAsync(EntityEntry entry, CancellationToken ct)
    {
        foreach (var collection in entry.Collections)
            if (collection.Metadata is ISkipNavigation { PropertyInfo: not null } && !collection.IsLoaded) await collection.LoadAsync(ct);
    }
}
