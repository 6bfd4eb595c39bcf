namespace CeasefireTracker.Domain;

/// <summary>The step of a toll series: a point per day, month or year of period end.</summary>
public enum TollInterval
{
    Day,
    Month,
    Year,
}
