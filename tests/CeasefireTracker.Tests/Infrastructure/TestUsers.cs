using System.Security.Claims;
using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>Principals of each kind of user, and an authentication state provider that serves one of them.</summary>
public static class TestUsers
{
    public static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    public static ClaimsPrincipal Reader => User("reader@example.org");

    public static ClaimsPrincipal Analyst => User("analyst@example.org", Roles.Analyst);

    public static ClaimsPrincipal Admin => User("admin@example.org", Roles.Admin);

    public static ClaimsPrincipal User(string name, params string[] roles) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Test"));

    public sealed class Provider(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public ClaimsPrincipal User { get; set; } = user;

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(User));
    }
}
