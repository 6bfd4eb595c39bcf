using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Features.Account;

public sealed record UserRow(string Id, string Email, bool IsAnalyst, bool IsAdmin, DateTimeOffset? LockedUntil);

/// <summary>
/// Lists and changes user accounts. Every method checks that the caller is an Admin itself: in Blazor Server any
/// connected client can raise any event handler, so hiding a button is not a permission check.
/// Each call works in a scope of its own: a circuit lives for hours, and Identity's context must not.
/// </summary>
public sealed class UserAdministration(
    IServiceScopeFactory scopes, AuthenticationStateProvider authentication, ILogger<UserAdministration> logger)
{
    private static readonly string[] Forbidden = ["Only administrators can manage users."];

    public async Task<IReadOnlyList<UserRow>?> ListAsync()
    {
        if (await CallerAsync() is null) return null;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var analysts = (await users.GetUsersInRoleAsync(Roles.Analyst)).Select(u => u.Id).ToHashSet();
        var admins = (await users.GetUsersInRoleAsync(Roles.Admin)).Select(u => u.Id).ToHashSet();
        return all.Select(u => new UserRow(u.Id, u.Email ?? u.UserName ?? u.Id, analysts.Contains(u.Id), admins.Contains(u.Id),
            u.LockoutEnd > DateTimeOffset.UtcNow ? u.LockoutEnd : null)).ToList();
    }

    public async Task<IReadOnlyList<string>> CreateAsync(string email, string password, bool analyst)
    {
        var caller = await CallerAsync();
        if (caller is null) return Forbidden;
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email) is not null)
                return [$"A user with the email {email} already exists."];
        }

        var errors = await CreateUnrestrictedAsync(email, password, analyst ? [Roles.Analyst] : []);
        if (errors.Count == 0) logger.LogInformation("{Admin} created user {Email} (analyst: {IsAnalyst})", caller, email, analyst);
        return errors;
    }

    public async Task<IReadOnlyList<string>> SetRoleAsync(string userId, string role, bool member)
    {
        var caller = await CallerAsync();
        if (caller is null) return Forbidden;
        if (!Roles.All.Contains(role)) return [$"There is no role {role}."];
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return ["That user no longer exists."];
        if (!member && role == Roles.Admin && string.Equals(user.UserName, caller, StringComparison.OrdinalIgnoreCase))
            return ["You cannot remove your own administrator role."];

        await EnsureRoleAsync(scope, role);
        var result = member ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded) return result.Errors.Select(e => e.Description).ToList();
        // A new stamp ends the user's open sessions at their next revalidation, so a removed role stops working.
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("{Admin} set role {Role} of {Email} to {Member}", caller, role, user.Email, member);
        return [];
    }

    public async Task<IReadOnlyList<string>> UnlockAsync(string userId)
    {
        var caller = await CallerAsync();
        if (caller is null) return Forbidden;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return ["That user no longer exists."];
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("{Admin} unlocked {Email}", caller, user.Email);
        return [];
    }

    /// <summary>For the create-admin command, which runs on the server's console with no signed-in user.</summary>
    internal async Task<IReadOnlyList<string>> CreateUnrestrictedAsync(string email, string password, IEnumerable<string> roleNames)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            // Distinct: each broken password rule describes the whole rule in the same sentence (TrackerIdentityErrors).
            if (!created.Succeeded) return created.Errors.Select(e => e.Description).Distinct().ToList();
        }

        foreach (var role in roleNames)
        {
            await EnsureRoleAsync(scope, role);
            if (await users.IsInRoleAsync(user, role)) continue;
            var added = await users.AddToRoleAsync(user, role);
            if (!added.Succeeded) return added.Errors.Select(e => e.Description).ToList();
        }

        return [];
    }

    private static async Task EnsureRoleAsync(AsyncServiceScope scope, string role)
    {
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    private async Task<string?> CallerAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Admin)) return user.Identity.Name;
        logger.LogWarning("User management refused to {UserName}", user.Identity?.Name ?? "an anonymous user");
        return null;
    }
}
