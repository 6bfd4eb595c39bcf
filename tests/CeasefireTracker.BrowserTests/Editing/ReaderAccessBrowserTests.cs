namespace CeasefireTracker.BrowserTests.Editing;

public sealed class ReaderAccessBrowserTests(BrowserAppFixture app) : SignedInBrowserTestBase(app)
{
    public static TheoryData<string> EditPaths => new()
    {
        "manage", "manage/casualty-reports", "manage/statements", "manage/changes", "manage/casualty-reports/1/history", "account/users",
    };

    [Theory]
    [MemberData(nameof(EditPaths))]
    public async Task AnAnonymousVisitorIsSentToSignInFromEveryEditAddress(string path)
    {
        var page = await App.NewPageAsync();
        await page.GotoAsync(path);

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl="));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(EditPaths))]
    public async Task ASignedInReaderIsDeniedEveryEditAddress(string path)
    {
        var page = await SignedInAsync(TestUsers.ReaderEmail);
        await page.GotoAsync(path);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Edit|Delete|Add|Restore)") })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AReaderSeesNoEditControlsAndAnAnalystDoes()
    {
        var reader = await SignedInAsync(TestUsers.ReaderEmail);
        var home = new HomePageObject(reader);
        await home.OpenAsync();
        await Expect(reader.GetByTestId("signed-in-user")).ToHaveTextAsync(TestUsers.ReaderEmail);
        await Expect(home.NavigationLink("Manage records")).ToHaveCountAsync(0);
        await Expect(reader.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Edit|Delete) ") })).ToHaveCountAsync(0);

        var analyst = await SignedInAsync(TestUsers.AnalystEmail);
        var analystHome = new HomePageObject(analyst);
        await analystHome.OpenAsync();
        await Expect(analystHome.NavigationLink("Manage records")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAMessage()
    {
        var signIn = await App.NewPageAsync(p => new SignInPageObject(p));
        await signIn.SignInAsync(TestUsers.ReaderEmail, "not the password");

        await Expect(signIn.Error).ToContainTextAsync("The email or password is not right.");
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var page = await SignedInAsync(TestUsers.AnalystEmail, "manage");
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
        var before = await App.NewPageAsync();
        await before.GotoReaderAsync("statements");
        var page = await App.NewPageAsync();
        await page.GotoReaderAsync("statements");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(TestUsers.AnalystEmail);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(TestUsers.AnalystEmail);
    }
}
