using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Tests.Features.Account;

/// <summary>Signing out ends every cookie and every open tab of that sign-in, not only the browser that signed out.</summary>
public sealed partial class SignOutHttpTests(SignOutHttpTests.Factory factory) : IClassFixture<SignOutHttpTests.Factory>
{
    public sealed class Factory : TrackerAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Security:SignInAttemptsPerMinute", "1000")];
    }

    private async Task CreateAnalystAsync(string email)
    {
        await TestUsers.CreateAccountAsync(factory.Services, email, Roles.Analyst);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [Fact]
    public async Task ACookieCopiedBeforeSignOutNoLongerOpensTheManageArea()
    {
        await CreateAnalystAsync("copied@example.org");
        var client = factory.CreateClientWithoutRedirects();
        var signIn = await AccountHttpTests.PostSignInAsync(client, "copied@example.org", AccountHttpTests.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CeasefireTracker.Auth=", StringComparison.Ordinal)).Split(';')[0];
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/manage")).StatusCode);

        var page = await client.GetStringAsync("/manage");
        var token = TokenInput().Match(page).Groups[1].Value;
        var signOut = await client.PostAsync("/account/logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var response = await copy.GetAsync("/manage");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task AnOpenAnalystTabStopsWritingAsSoonAsItsSignInEnds()
    {
        await CreateAnalystAsync("open.tab@example.org");
        await using var tab = factory.Services.CreateAsyncScope();
        var users = tab.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = (await users.FindByEmailAsync("open.tab@example.org"))!;
        var principal = await tab.ServiceProvider.GetRequiredService<SignInManager<IdentityUser>>().CreateUserPrincipalAsync(user);
        // What a circuit holds: the principal of the cookie it started with.
        ((IHostEnvironmentAuthenticationStateProvider)tab.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        var editor = tab.ServiceProvider.GetRequiredService<RecordEditor>();
        Assert.Equal(EditOutcome.Saved, (await editor.CreateAsync(new Conflict { Name = "Written before sign-out" })).Outcome);

        // Signed out elsewhere (another tab's sign-out form): the user's stamp changes.
        await using (var elsewhere = factory.Services.CreateAsyncScope())
        {
            var manager = elsewhere.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            await manager.UpdateSecurityStampAsync((await manager.FindByEmailAsync("open.tab@example.org"))!);
        }

        var result = await editor.CreateAsync(new Conflict { Name = "Written after sign-out" });

        Assert.Equal(EditOutcome.Forbidden, result.Outcome);
        await using var db = factory.CreateStoreContext();
        Assert.False(await db.Conflicts.AnyAsync(p => p.Name == "Written after sign-out"));
    }
}
