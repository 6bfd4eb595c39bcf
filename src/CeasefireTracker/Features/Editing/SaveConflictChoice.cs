namespace CeasefireTracker.Features.Editing;

/// <summary>What an analyst does when someone else saved the record first (a save conflict, not an armed one).</summary>
public enum SaveConflictChoice
{
    Reload,
    Overwrite,
}
