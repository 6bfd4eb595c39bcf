using System.Globalization;

namespace CeasefireTracker.Components.Shared;

/// <summary>Reads query-string values of list pages; a bad value is named in the problems and read as absent.</summary>
public static class QueryStringValues
{
    public static int? PositiveInt(string name, string? value, ICollection<string> problems, string ignoredMeans)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0) return number;
        problems.Add($"{name} \"{value}\" is not a whole number above 0; {ignoredMeans}.");
        return null;
    }
}
