namespace CeasefireTracker.BrowserTests.Editing;

public sealed class ReaderAccessBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => TestUsers.CreateAccountsAsync(app.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> EditPaths => new()
    {
        "manage", "manage/casualty-reports", "manage/statements", "manage/changes", "manage/casualty-reports/1/history", "account/users",
    };

    [Theory]
    [MemberData(nameof(EditPaths))]
    public async Task AnAnonymousVisitorIsSentToSignInFromEveryEditAddress(string path)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(path);

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl="));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(EditPaths))]
    public async Task ASignedInReaderIsDeniedEveryEditAddress(string path)
    {
        var page = await app.NewPageAsync();
        await new SignInPageObject(page).SignInAsync(TestUsers.ReaderEmail, TestUsers.Password);
        await page.GotoAsync(path);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Edit|Delete|Add|Restore)") })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AReaderSeesNoEditControlsAndAnAnalystDoes()
    {
        var reader = await app.NewPageAsync();
        await new SignInPageObject(reader).SignInAsync(TestUsers.ReaderEmail, TestUsers.Password);
        var home = new HomePageObject(reader);
        await home.OpenAsync();
        await Expect(reader.GetByTestId("signed-in-user")).ToHaveTextAsync(TestUsers.ReaderEmail);
        await Expect(home.NavigationLink("Manage records")).ToHaveCountAsync(0);
        await Expect(reader.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Edit|Delete) ") })).ToHaveCountAsync(0);

        var analyst = await app.NewPageAsync();
        await new SignInPageObject(analyst).SignInAsync(TestUsers.AnalystEmail, TestUsers.Password);
        var analystHome = new HomePageObject(analyst);
        await analystHome.OpenAsync();
        await Expect(analystHome.NavigationLink("Manage records")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAMessage()
    {
        var signIn = await app.NewPageAsync(p => new SignInPageObject(p));
        await signIn.SignInAsync(TestUsers.ReaderEmail, "not the password");

        await Expect(signIn.Error).ToContainTextAsync("The email or password is not right.");
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var page = await app.NewPageAsync();
        await new SignInPageObject(page).SignInAsync(TestUsers.AnalystEmail, TestUsers.Password, "manage");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Manage records", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GotoAsync("manage");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task AnAnalystSignsInFromTheLinkOnACachedReaderPage()
    {
        // The first reader's visit puts the page in the cache; the second is served from it.
        var before = await app.NewPageAsync();
        await before.GotoReaderAsync("statements");
        var page = await app.NewPageAsync();
        await page.GotoReaderAsync("statements");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(TestUsers.AnalystEmail);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(TestUsers.AnalystEmail);
    }
}
