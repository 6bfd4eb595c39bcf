using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;

namespace CeasefireTracker.Tests.Features.Account;

/// <summary>
/// Sign-in tells nobody which accounts exist (one message, and a password hash computed either way) and gives an
/// anonymous caller no way to lock someone else out: a few wrong passwords lock nothing, and an admin can unlock.
/// </summary>
public sealed class SignInHardeningHttpTests(SignInHardeningHttpTests.Factory factory) : IClassFixture<SignInHardeningHttpTests.Factory>
{
    public sealed class Factory : TrackerAppFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Security:SignInAttemptsPerMinute", "1000")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<IdentityUser>>(Hasher));
        }
    }

    /// <summary>Identity's hasher, counting the passwords it checks: the expensive step that timing would reveal.</summary>
    public sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private HttpClient Client() => factory.CreateClientWithoutRedirects();

    private async Task CreateUserAsync(string email)
    {
        await TestUsers.CreateAccountAsync(factory.Services, email, Roles.Analyst);
    }

    [Fact]
    public async Task AnUnknownAddressAndAWrongPasswordGetTheSameMessage()
    {
        await CreateUserAsync("known@example.org");
        var client = Client();

        var unknown = await AccountHttpTests.PostSignInAsync(client, "unknown@example.org", "wrong password");
        var wrong = await AccountHttpTests.PostSignInAsync(client, "known@example.org", "wrong password");

        Assert.Equal(unknown.Headers.Location?.OriginalString, wrong.Headers.Location?.OriginalString);
        var unknownPage = await client.GetStringAsync(unknown.Headers.Location);
        var wrongPage = await client.GetStringAsync(wrong.Headers.Location);
        Assert.Contains("The email or password is not right", unknownPage);
        Assert.Equal(Alert(unknownPage), Alert(wrongPage));
    }

    [Fact]
    public async Task AnUnknownAddressCostsAPasswordCheckLikeAWrongPassword()
    {
        await CreateUserAsync("timed@example.org");
        var client = Client();

        var before = factory.Hasher.Verifications;
        await AccountHttpTests.PostSignInAsync(client, "nobody.here@example.org", "wrong password");
        var forUnknown = factory.Hasher.Verifications - before;
        before = factory.Hasher.Verifications;
        await AccountHttpTests.PostSignInAsync(client, "timed@example.org", "wrong password");
        var forWrongPassword = factory.Hasher.Verifications - before;

        Assert.Equal(1, forWrongPassword);
        Assert.Equal(forWrongPassword, forUnknown);
    }

    [Fact]
    public async Task FiveWrongPasswordsFromOneAddressDoNotLockTheAccountForItsOwner()
    {
        await CreateUserAsync("target@example.org");
        var attacker = Client();
        for (var i = 0; i < 5; i++)
            await AccountHttpTests.PostSignInAsync(attacker, "target@example.org", "guessed password");

        var owner = await AccountHttpTests.PostSignInAsync(Client(), "target@example.org", AccountHttpTests.Password);

        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Equal("/manage", owner.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnAdminUnlocksALockedAccountAndItsOwnerSignsInAgain()
    {
        await CreateUserAsync("locked.out@example.org");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync("locked.out@example.org"))!, DateTimeOffset.UtcNow.AddHours(1));
        }

        Assert.Contains("error=", (await AccountHttpTests.PostSignInAsync(Client(), "locked.out@example.org", AccountHttpTests.Password))
            .Headers.Location?.OriginalString);

        await using (var admin = factory.Services.CreateAsyncScope())
        {
            ((IHostEnvironmentAuthenticationStateProvider)admin.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
                .SetAuthenticationState(Task.FromResult(new AuthenticationState(TestUsers.Admin)));
            var administration = admin.ServiceProvider.GetRequiredService<UserAdministration>();
            var row = Assert.Single((await administration.ListAsync())!, u => u.Email == "locked.out@example.org");
            Assert.NotNull(row.LockedUntil);
            Assert.Empty(await administration.UnlockAsync(row.Id));
        }

        var response = await AccountHttpTests.PostSignInAsync(Client(), "locked.out@example.org", AccountHttpTests.Password);
        Assert.Equal("/manage", response.Headers.Location?.OriginalString);
    }

    // A NUL is refused before the endpoint (400, no 500), so it never reaches the redirect.
    public static TheoryData<string> ControlCharacterReturnAddresses => new()
    {
        "/manage\tx", "/manage\r\nSet-Cookie: x=1", "/manage\nx", "/manage\u0007", "/manage\u001b[31m", "/manage\u007f", "/\u0085x",
    };

    [Theory]
    [MemberData(nameof(ControlCharacterReturnAddresses))]
    public async Task AReturnAddressWithControlCharactersIsIgnoredAfterACorrectPassword(string returnUrl)
    {
        await CreateUserAsync("control.chars@example.org");

        var response = await AccountHttpTests.PostSignInAsync(Client(), "control.chars@example.org", AccountHttpTests.Password, returnUrl: returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static string Alert(string html)
    {
        var start = html.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page shows no message.");
        var end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
