using System.Security.Claims;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Editing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.TestSupport;

/// <summary>
/// The users of the tests: principals of each kind (for components and services), the same people as accounts in an
/// app's store (for HTTP and browser tests that sign in), and an authentication state provider that serves one of them.
/// </summary>
public static class TestUsers
{
    /// <summary>The password of every account the tests make (<see cref="CreateAccountAsync"/>).</summary>
    public const string Password = "Test-Users-Pass-1";
    public const string AnalystEmail = "analyst@example.org";
    public const string SecondAnalystEmail = "second.analyst@example.org";
    public const string ReaderEmail = "reader@example.org";
    public const string AdminEmail = "admin@example.org";

    public static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    public static ClaimsPrincipal Reader => User(ReaderEmail);

    public static ClaimsPrincipal Analyst => User(AnalystEmail, Roles.Analyst);

    public static ClaimsPrincipal Admin => User(AdminEmail, Roles.Admin);

    public static ClaimsPrincipal User(string name, params string[] roles) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Test"));

    /// <summary>Creates the analyst, the second analyst and the reader as accounts in the app's store.</summary>
    public static async Task CreateAccountsAsync(IServiceProvider app)
    {
        await CreateAccountAsync(app, AnalystEmail, Roles.Analyst);
        await CreateAccountAsync(app, SecondAnalystEmail, Roles.Analyst);
        await CreateAccountAsync(app, ReaderEmail);
    }

    /// <summary>Creates an account with <see cref="Password"/> in the app's store, asserting the store took it.</summary>
    public static async Task CreateAccountAsync(IServiceProvider app, string email, params string[] roles)
    {
        await using var scope = app.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateUnrestrictedAsync(email, Password, roles));
    }

    /// <summary>The one audited writer on <paramref name="store"/>, acting as <paramref name="user"/> (the analyst by default).</summary>
    public static RecordEditor Editor(IDbContextFactory<TrackerDbContext> store, ClaimsPrincipal? user = null) =>
        new(store, new Provider(user ?? Analyst), NullLogger<RecordEditor>.Instance);

    public sealed class Provider(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public ClaimsPrincipal User { get; set; } = user;

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(User));
    }
}
