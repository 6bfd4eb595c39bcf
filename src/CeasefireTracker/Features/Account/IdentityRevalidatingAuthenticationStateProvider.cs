using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Features.Account;

/// <summary>
/// A circuit lives long: every minute it checks that the user still exists with the same security stamp, so a
/// removed role, a locked account or a sign-out elsewhere ends the session (as the Blazor Identity template does).
/// Writers do not wait for that minute: they ask <see cref="StillSignedInAsync"/> before each write.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        StampMatchesAsync(authenticationState.User);

    /// <summary>
    /// Checks the current user's stamp now; a stale one signs this circuit out at once (its pages show the sign-in
    /// link) and answers false. Principals without a stamp (API tokens, checked by their own handler) pass.
    /// </summary>
    public async Task<bool> StillSignedInAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirst(options.Value.ClaimsIdentity.SecurityStampClaimType) is null) return true;
        if (await StampMatchesAsync(user)) return true;
        SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        return false;
    }

    private async Task<bool> StampMatchesAsync(ClaimsPrincipal principal)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await userManager.GetUserAsync(principal);
        if (user is null) return false;
        if (!userManager.SupportsUserSecurityStamp) return true;
        var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == await userManager.GetSecurityStampAsync(user);
    }
}
