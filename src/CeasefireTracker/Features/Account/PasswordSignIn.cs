using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Features.Account;

public enum SignInOutcome { SignedIn, Refused }

/// <summary>
/// Checks a password so that the answer and the work done are the same for an unknown address, a wrong password and
/// a locked account: one password hash is verified in every case (an unknown or locked account against a dummy
/// hash), and the caller learns only "signed in" or "refused". The reason goes to the log alone.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IPasswordHasher<IdentityUser> hasher, ILogger<PasswordSignIn> logger)
{
    private static readonly IdentityUser Nobody = new("nobody");
    private static string? _dummyHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var user = await users.FindByNameAsync(email);
        if (user is null)
        {
            VerifyDummy(password);
            logger.LogWarning("Sign-in failed for {UserName}: no such account", email);
            return SignInOutcome.Refused;
        }

        if (await users.IsLockedOutAsync(user))
        {
            // Identity answers a locked account without checking the password; the dummy check keeps the time alike.
            VerifyDummy(password);
            logger.LogWarning("Sign-in refused for {UserName}: account locked", email);
            return SignInOutcome.Refused;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", email);
            return SignInOutcome.SignedIn;
        }

        if (result.IsLockedOut) logger.LogWarning("Sign-in failed for {UserName}: wrong password, account now locked", email);
        else logger.LogWarning("Sign-in failed for {UserName}: wrong password", email);
        return SignInOutcome.Refused;
    }

    private void VerifyDummy(string password)
    {
        _dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
    }
}
