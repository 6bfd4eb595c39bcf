namespace CeasefireTracker.Features.Account;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>When true, every page needs a signed-in user; by default anyone may read.</summary>
    public bool RequireSignInToRead { get; set; }

    /// <summary>Sign-in attempts one client address may make per minute before it gets 429.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Failed sign-ins in a row that lock an account, and for how long.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
