using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Features.Account;

/// <summary>
/// Identity's messages in our words. Every rule a password breaks gives the same one sentence naming the whole rule,
/// so an administrator reads once what a password needs rather than a list of framework clauses.
/// </summary>
public sealed class TrackerIdentityErrors(IOptions<IdentityOptions> options) : IdentityErrorDescriber
{
    private IdentityError Password(string code) => new() { Code = code, Description = PasswordRule(options.Value.Password) };

    /// <summary>"A password needs at least 12 characters, with an upper-case letter, a lower-case letter and a digit."</summary>
    public static string PasswordRule(PasswordOptions rules)
    {
        var with = new List<string>();
        if (rules.RequireUppercase) with.Add("an upper-case letter");
        if (rules.RequireLowercase) with.Add("a lower-case letter");
        if (rules.RequireDigit) with.Add("a digit");
        if (rules.RequireNonAlphanumeric) with.Add("a sign that is neither letter nor digit");
        if (rules.RequiredUniqueChars > 1) with.Add($"{rules.RequiredUniqueChars} different characters");
        var list = with.Count switch
        {
            0 => "",
            1 => ", with " + with[0],
            _ => ", with " + string.Join(", ", with.Take(with.Count - 1)) + " and " + with[^1],
        };
        return $"A password needs at least {rules.RequiredLength} characters{list}.";
    }

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "The account could not be changed. The error has been logged.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Someone else changed this account at the same time. Reload the page and try again.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "The password is not right.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "The link or code has expired or was already used.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "That recovery code is not right.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "That sign-in is already linked to another account.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"\"{userName}\" cannot be used as a user name: use an email address.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"\"{email}\" is not an email address.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"A user with the email {userName} already exists.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"A user with the email {email} already exists.");
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"There is no role {role}.");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"The role {role} exists already.");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "This account has a password already.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "This account cannot be locked.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"The user is already in the role {role}.");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"The user is not in the role {role}.");
    public override IdentityError PasswordTooShort(int length) => Password(nameof(PasswordTooShort));
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Password(nameof(PasswordRequiresUniqueChars));
    public override IdentityError PasswordRequiresNonAlphanumeric() => Password(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordRequiresDigit() => Password(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Password(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Password(nameof(PasswordRequiresUpper));
}
