using CeasefireTracker.Features.Account;

namespace CeasefireTracker.Tests.Features.Account;

public sealed partial class AccountHttpTests(AccountHttpTests.Factory factory) : IClassFixture<AccountHttpTests.Factory>
{
    public const string Password = TestUsers.Password;

    public sealed class Factory : TrackerAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            [new("Security:SignInAttemptsPerMinute", "1000"), new("Security:MaxFailedSignInsPerAccount", "3")];
    }

    private HttpClient Client() => factory.CreateClientWithoutRedirects();

    private async Task CreateUserAsync(string email, params string[] roles)
    {
        await TestUsers.CreateAccountAsync(factory.Services, email, roles);
    }

    internal static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, bool withToken = true,
        string returnUrl = "/manage")
    {
        var form = new Dictionary<string, string> { ["email"] = email, ["password"] = password, ["returnUrl"] = returnUrl };
        if (withToken)
        {
            var html = await client.GetStringAsync("/account/login");
            form["__RequestVerificationToken"] = TokenInput().Match(html).Groups[1].Value;
        }

        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [Fact]
    public async Task AnAnalystSignsInWithAnHttpOnlyStrictCookieAndReachesTheManageArea()
    {
        await CreateUserAsync("cookie@example.org", Roles.Analyst);
        var client = Client();

        var response = await PostSignInAsync(client, "cookie@example.org", Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/manage", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("CeasefireTracker.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/manage")).StatusCode);
    }

    [Fact]
    public async Task ASignInWithoutTheAntiforgeryTokenIsRefused()
    {
        await CreateUserAsync("csrf@example.org", Roles.Analyst);
        var response = await PostSignInAsync(Client(), "csrf@example.org", Password, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RepeatedWrongPasswordsLockTheAccountEvenForTheRightOneWithoutSayingSo()
    {
        await CreateUserAsync("lockout@example.org", Roles.Analyst);
        var client = Client();
        for (var i = 0; i < 3; i++)
            Assert.Contains("error=invalid", (await PostSignInAsync(client, "lockout@example.org", "wrong password")).Headers.Location?.OriginalString);

        var response = await PostSignInAsync(client, "lockout@example.org", Password);

        Assert.Contains("error=invalid", response.Headers.Location?.OriginalString);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync("lockout@example.org"))!));
    }

    [Fact]
    public async Task AReturnAddressOffTheSiteIsIgnored()
    {
        Assert.Equal("/", AccountExtensions.LocalPath("https://evil.example/"));
        Assert.Equal("/", AccountExtensions.LocalPath("//evil.example/"));
        Assert.Equal("/", AccountExtensions.LocalPath("/\\evil.example/"));
        Assert.Equal("/manage/changes", AccountExtensions.LocalPath("/manage/changes"));
        Assert.Equal("/search?q=r%C3%A9unis", AccountExtensions.LocalPath("/search?q=réunis"));
    }

    public static TheoryData<string> EditAddresses => new()
    {
        "/manage", "/manage/statements", "/manage/changes", "/manage/casualty-reports/1/history", "/account/users",
    };

    [Theory]
    [MemberData(nameof(EditAddresses))]
    public async Task AnAnonymousRequestForAnEditAddressIsSentToSignIn(string path)
    {
        var response = await Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=", response.Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(EditAddresses))]
    public async Task AReaderIsDeniedEveryEditAddress(string path)
    {
        await CreateUserAsync("reader@example.org");
        var client = Client();
        await PostSignInAsync(client, "reader@example.org", Password);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task AnAnalystWhoIsNoAdminIsDeniedUserManagement()
    {
        await CreateUserAsync("plain.analyst@example.org", Roles.Analyst);
        var client = Client();
        await PostSignInAsync(client, "plain.analyst@example.org", Password);

        Assert.StartsWith("http://localhost/account/access-denied", (await client.GetAsync("/account/users")).Headers.Location?.ToString());
    }

    [Fact]
    public async Task SignOutWithoutATokenIsRefusedAndKeepsTheSession()
    {
        await CreateUserAsync("stays@example.org", Roles.Analyst);
        var client = Client();
        await PostSignInAsync(client, "stays@example.org", Password);

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/manage")).StatusCode);
    }

    [Fact]
    public async Task ReadingIsOpenToAnonymousVisitorsByDefault()
    {
        var response = await Client().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(">Sign in<", await response.Content.ReadAsStringAsync());
    }
}
