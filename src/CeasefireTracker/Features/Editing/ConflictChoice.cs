namespace CeasefireTracker.Features.Editing;

public enum ConflictChoice
{
    Reload,
    Overwrite,
}
