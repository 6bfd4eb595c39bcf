using System.Net.Http.Headers;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Api;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Tests.Features.Api;

/// <summary>Tokens of each kind of caller, made once per app: an analyst's write and read tokens, a reader's, a revoked one.</summary>
public sealed class ApiTestTokens
{
    public required string AnalystWrite { get; init; }
    public required string AnalystRead { get; init; }
    public required string Reader { get; init; }
    public required string Revoked { get; init; }

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<object, ApiTestTokens> Made = [];

    public static async Task<ApiTestTokens> ForAsync(TrackerAppFactory factory)
    {
        await Gate.WaitAsync();
        try
        {
            if (Made.TryGetValue(factory, out var made)) return made;
            var administration = factory.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<UserAdministration>();
            Assert.Empty(await administration.CreateUnrestrictedAsync("api-analyst@example.org", "Analyst-password-1", [Roles.Analyst]));
            Assert.Empty(await administration.CreateUnrestrictedAsync("api-reader@example.org", "Reader-password-12", []));
            made = new ApiTestTokens
            {
                AnalystWrite = await AddAsync(factory, "api-analyst@example.org", canWrite: true, revoked: false),
                AnalystRead = await AddAsync(factory, "api-analyst@example.org", canWrite: false, revoked: false),
                Reader = await AddAsync(factory, "api-reader@example.org", canWrite: true, revoked: false),
                Revoked = await AddAsync(factory, "api-analyst@example.org", canWrite: true, revoked: true),
            };
            Made[factory] = made;
            return made;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A token row as the tokens page stores it (the reader's "write" token shows the role still decides).</summary>
    private static async Task<string> AddAsync(TrackerAppFactory factory, string email, bool canWrite, bool revoked)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync(email);
        var secret = ApiTokens.SecretPrefix + Guid.NewGuid().ToString("N");
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        db.Add(new ApiToken
        {
            UserId = user!.Id, Name = $"test {canWrite} {revoked}", SecretHash = ApiTokens.Hash(secret), Prefix = secret[..10], CanWrite = canWrite,
            CreatedAtUtc = DateTime.UtcNow, RevokedAtUtc = revoked ? DateTime.UtcNow : null,
        });
        await db.SaveChangesAsync();
        return secret;
    }

    public static HttpClient Client(TrackerAppFactory factory, string? token)
    {
        var client = factory.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>The app with the anonymous read limit out of the way of the tests that are not about it.</summary>
public sealed class ApiAppFactory : TrackerAppFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Api:AnonymousRequestsPerMinute", "100000")];
}
