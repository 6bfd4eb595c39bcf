using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Features.Api;

public sealed record ApiTokenRow(int Id, string Name, string Prefix, bool CanWrite, DateTime CreatedAtUtc, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc);

/// <summary>The secret of a new token, returned once and never stored.</summary>
public sealed record NewApiToken(ApiTokenRow Token, string Secret);

/// <summary>
/// The signed-in user's own API tokens: create (the secret shown once), list, revoke. Only analysts get write tokens;
/// a write token of a user who is no longer an analyst is refused at each request (the role is read then).
/// </summary>
public sealed class ApiTokens(IDbContextFactory<TrackerDbContext> factory, AuthenticationStateProvider authentication, ILogger<ApiTokens> logger)
{
    public const string SecretPrefix = "ctk_";

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(CancellationToken ct = default)
    {
        var userId = (await UserAsync()).FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ApiToken>().AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAtUtc)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Prefix, t.CanWrite, t.CreatedAtUtc, t.LastUsedAtUtc, t.RevokedAtUtc))
            .ToListAsync(ct);
    }

    /// <summary>A new token for the signed-in user, or the reason it cannot be made.</summary>
    public async Task<(NewApiToken? Token, string? Problem)> CreateAsync(string? name, bool canWrite, CancellationToken ct = default)
    {
        var user = await UserAsync();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return (null, "Sign in to create a token.");
        name = name?.Trim();
        if (string.IsNullOrEmpty(name)) return (null, "Give the token a name, such as the tool that will use it.");
        if (name.Length > ApiTokenConfiguration.NameMaxLength)
            return (null, $"The name is too long: {name.Length} characters, at most {ApiTokenConfiguration.NameMaxLength}.");
        if (canWrite && !user.IsInRole(Roles.Analyst)) return (null, "Only analysts can create tokens that write.");

        var secret = SecretPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = userId, Name = name, SecretHash = Hash(secret), Prefix = secret[..10], CanWrite = canWrite, CreatedAtUtc = DateTime.UtcNow,
        };
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Add(token);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{UserName} created API token {TokenId} ({TokenName}, write: {CanWrite})", user.Identity?.Name, token.Id, name, canWrite);
        return (new NewApiToken(new ApiTokenRow(token.Id, token.Name, token.Prefix, token.CanWrite, token.CreatedAtUtc, null, null), secret), null);
    }

    /// <summary>Revokes one of the signed-in user's tokens; false when it is not theirs or already revoked.</summary>
    public async Task<bool> RevokeAsync(int id, CancellationToken ct = default)
    {
        var user = await UserAsync();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return false;
        await using var db = await factory.CreateDbContextAsync(ct);
        var revoked = await db.Set<ApiToken>().Where(t => t.Id == id && t.UserId == userId && t.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAtUtc, DateTime.UtcNow), ct);
        if (revoked > 0) logger.LogInformation("{UserName} revoked API token {TokenId}", user.Identity?.Name, id);
        return revoked > 0;
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
