using System.Reflection;

namespace CeasefireTracker.Features.Editing;

/// <summary>
/// A new record starts with no facts in it: a choice (category, kind, qualifier, precision) starts unset and a date
/// starts empty, so nothing the analyst did not choose looks deliberate. Unset is a value outside the enum (the
/// columns are not nullable) and the zero date; both are refused on save with a message naming the field.
/// </summary>
public static class UnsetValues
{
    /// <summary>The value a choice has until the analyst makes it.</summary>
    public static TEnum Choice<TEnum>() where TEnum : struct, Enum => (TEnum)Enum.ToObject(typeof(TEnum), -1);

    public static bool IsUnset<TEnum>(TEnum value) where TEnum : struct, Enum => !Enum.IsDefined(value);

    /// <summary>A (property, message) for every choice or date of <paramref name="record"/> that still needs a value.</summary>
    public static IEnumerable<(string Property, string Message)> Of(Entity record)
    {
        foreach (var property in Checked(record.GetType()))
        {
            var value = property.GetValue(record);
            if (property.PropertyType.IsEnum && !Enum.IsDefined(property.PropertyType, value!))
                yield return (property.Name, $"{RecordValidator.Label(property.Name)} needs a value: choose one.");
            else if (value is DateOnly date && date == default || value is DateTime time && time == default)
                yield return (property.Name, $"{RecordValidator.Label(property.Name)} needs a value: give the date the source gives.");
        }
    }

    /// <summary>
    /// The labels of what a form still lacks: unset choices and dates, references not chosen, required text left
    /// empty. A hint while the analyst fills the form; the validator has the last word on save.
    /// </summary>
    public static IReadOnlyList<string> StillNeeded(Entity record)
    {
        var needed = Of(record).Select(u => u.Property).ToHashSet();
        var nullability = new NullabilityInfoContext();
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || RecordValidator.Bookkeeping.Contains(property.Name)) continue;
            if (property.PropertyType == typeof(int) && property.Name.EndsWith("Id", StringComparison.Ordinal) && (int)property.GetValue(record)! == 0)
                needed.Add(property.Name);
            else if (property.PropertyType == typeof(string) && string.IsNullOrWhiteSpace((string?)property.GetValue(record))
                     && nullability.Create(property).WriteState == NullabilityState.NotNull
                     && !(property.Name == nameof(ISourced.Quote) && RecordValidator.RestsOnDataSetRow(record)))
                needed.Add(property.Name);
        }

        return [.. record.GetType().GetProperties().Select(p => p.Name).Where(needed.Contains).Select(RecordValidator.Label)];
    }

    // Derived UTC instants and the store's own timestamps are not the analyst's to give.
    private static IEnumerable<PropertyInfo> Checked(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p is { CanRead: true, CanWrite: true } && !RecordValidator.Bookkeeping.Contains(p.Name)
                    && !p.Name.EndsWith("Utc", StringComparison.Ordinal)
                    && (p.PropertyType.IsEnum || p.PropertyType == typeof(DateOnly) || p.PropertyType == typeof(DateTime)));
}
