using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Features.Account;

/// <summary>
/// A sign-in lives as long as the user's security stamp does. Sign-out, a role change or a new password changes the
/// stamp, so every cookie of that sign-in (copies included) stops working on its next request.
/// </summary>
public static class SessionValidation
{
    /// <summary>
    /// The cookie's check on each request: one read of the stamp. Identity's own validator still runs after it, on
    /// its interval, to refresh the roles in the cookie.
    /// </summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<IdentityUser>>();
        if (context.Principal is null || await signIn.ValidateSecurityStampAsync(context.Principal) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>Ends every session of the signed-in user: their stamp changes, then this browser's cookie goes.</summary>
    public static async Task SignOutEverywhereAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.GetUserAsync(context.User) is { } user) await users.UpdateSecurityStampAsync(user);
        await services.GetRequiredService<SignInManager<IdentityUser>>().SignOutAsync();
    }
}
