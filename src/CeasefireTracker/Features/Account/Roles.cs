namespace CeasefireTracker.Features.Account;

/// <summary>The roles the app knows. Reading needs none; editing needs Analyst; managing users needs Admin.</summary>
public static class Roles
{
    public const string Analyst = "Analyst";
    public const string Admin = "Admin";

    public static readonly string[] All = [Analyst, Admin];
}
