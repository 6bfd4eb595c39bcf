namespace CeasefireTracker.Features.Account;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>When true, every page needs a signed-in user; by default anyone may read.</summary>
    public bool RequireSignInToRead { get; set; }

    /// <summary>Sign-in attempts one client address may make per minute before it gets 429.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>
    /// Failed sign-ins in a row that lock an account, and for how long. High on purpose: the per-address limit slows
    /// guessing, and a low count would let anyone lock any account (an admin can unlock on /account/users).
    /// </summary>
    public int MaxFailedSignInsPerAccount { get; set; } = 50;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
