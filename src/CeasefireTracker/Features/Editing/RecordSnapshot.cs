using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CeasefireTracker.Features.Editing;

/// <summary>
/// A record's values as JSON for the audit trail: every column except the store's own bookkeeping (token and
/// timestamps), so a past version can be read, compared and put back.
/// </summary>
public static class RecordSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    private static readonly HashSet<string> Skipped =
        [nameof(Entity.Version), nameof(Entity.CreatedAtUtc), nameof(Entity.UpdatedAtUtc)];

    public static string Capture(EntityEntry entry, bool original = false)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsShadowProperty() || Skipped.Contains(property.Metadata.Name)) continue;
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }

        // Links (an event's parties) as the ids they point at, when they were read: an undo puts them back too.
        // Through the model's skip navigations: entry.Collections would build (and scan for changes) every collection.
        foreach (var navigation in entry.Metadata.GetSkipNavigations())
            if (navigation.PropertyInfo is not null && entry.Collection(navigation.Name) is { IsLoaded: true, CurrentValue: { } linked })
                values[navigation.Name] = linked.Cast<Entity>().Select(e => e.Id).Order().ToList();

        return JsonSerializer.Serialize(values, Options);
    }

    /// <summary>Puts a snapshot's editable values back on a tracked record; identity and deletion stay as they are.</summary>
    public static void Apply(string json, EntityEntry entry)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (property.Metadata.IsShadowProperty() || RecordValidator.Bookkeeping.Contains(name)) continue;
            if (!document.RootElement.TryGetProperty(name, out var element)) continue;
            property.CurrentValue = element.Deserialize(property.Metadata.ClrType, Options);
        }

        foreach (var collection in entry.Collections)
        {
            if (collection.Metadata is not ISkipNavigation { PropertyInfo: not null } navigation
                || !document.RootElement.TryGetProperty(navigation.Name, out var element)) continue;
            ApplyLinks(entry, collection, navigation, element.Deserialize<List<int>>(Options) ?? []);
        }
    }

    private static void ApplyLinks(EntityEntry entry, CollectionEntry collection, ISkipNavigation navigation, List<int> ids)
    {
        if (!collection.IsLoaded) collection.Load();
        var linked = (System.Collections.IList)collection.CurrentValue!;
        var current = linked.Cast<Entity>().ToList();
        if (current.Select(e => e.Id).Order().SequenceEqual(ids.Order())) return;
        foreach (var gone in current.Where(e => !ids.Contains(e.Id))) linked.Remove(gone);
        foreach (var id in ids.Where(id => current.All(e => e.Id != id)))
            if (entry.Context.Find(navigation.TargetEntityType.ClrType, id) is { } target) linked.Add(target);
        // A change of links alone is a change of the record: it gets a new version and an audit entry.
        entry.Property(nameof(Entity.UpdatedAtUtc)).IsModified = true;
    }

    /// <summary>The values of a snapshot as text, for showing versions side by side.</summary>
    public static IReadOnlyDictionary<string, string> Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return new Dictionary<string, string>();
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.String => p.Value.GetString() ?? "",
            _ => p.Value.GetRawText(),
        });
    }

    /// <summary>A detached record's values in the same form, for the conflict view.</summary>
    public static IReadOnlyDictionary<string, string> Read(Entity record) =>
        Read(JsonSerializer.Serialize(ScalarValues(record), Options));

    private static SortedDictionary<string, object?> ScalarValues(Entity record)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in record.GetType().GetProperties())
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (Skipped.Contains(property.Name) || !(type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(DateTime)
                    || type == typeof(DateOnly) || type == typeof(Guid) || type == typeof(decimal))) continue;
            values[property.Name] = property.GetValue(record);
        }

        return values;
    }
}
