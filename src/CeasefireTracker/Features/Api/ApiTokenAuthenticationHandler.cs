using System.Security.Claims;
using System.Text.Encodings.Web;
using CeasefireTracker.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Features.Api;

/// <summary>
/// <c>Authorization: Bearer ctk_...</c>: finds the token by the hash of the secret, refuses revoked tokens and locked
/// users, and signs the request in as the token's user with the roles the user has now. A token that cannot write
/// carries <see cref="ScopeClaim"/> = read, which the write policy refuses.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<TrackerDbContext> factory, UserManager<IdentityUser> users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string ScopeClaim = "token_scope";

    /// <summary>Last use is written at most this often per token: a busy client must not turn every read into a write.</summary>
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        if (secret.Length is 0 or > 200) return AuthenticateResult.Fail("The bearer token is empty or too long.");

        await using var db = await factory.CreateDbContextAsync(Context.RequestAborted);
        var hash = ApiTokens.Hash(secret);
        var token = await db.Set<ApiToken>().AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("The token is not known.");
        if (token.RevokedAtUtc is not null) return AuthenticateResult.Fail("The token has been revoked.");
        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user)) return AuthenticateResult.Fail("The token's user is locked or removed.");

        var now = DateTime.UtcNow;
        if (token.LastUsedAtUtc is null || now - token.LastUsedAtUtc > LastUseResolution)
            await db.Set<ApiToken>().Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now), Context.RequestAborted);

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName ?? user.Email ?? user.Id),
            new(ScopeClaim, token.CanWrite ? "write" : "read"),
            new("token_id", token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "A token is needed",
            "Send a personal API token that may write: Authorization: Bearer <token>. Create one on /account/tokens.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "This token cannot write",
            "Only write tokens of analysts can change records. Create a write token on /account/tokens with an analyst account.");
}
