using CeasefireTracker.Data;
using CeasefireTracker.Domain;
using Microsoft.EntityFrameworkCore;
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
    /// Loads a record's own links (an event's parties), so its audit snapshot holds them. The far side of a one-way
    /// link (a party's events) has no property and is not the record's to keep.
    /// </summary>
    private static async Task LoadLinksAsync(EntityEntry entry, CancellationToken ct)
    {
        foreach (var collection in entry.Collections)
            if (collection.Metadata is ISkipNavigation { PropertyInfo: not null } && !collection.IsLoaded) await collection.LoadAsync(ct);
    }
}
