namespace CeasefireTracker.BrowserTests.Infrastructure;

/// <summary>
/// Browser tests in which someone signs in: the test users' accounts are in the app's store before each test
/// (making them again changes nothing), and a page signed in as one of them is one call.
/// </summary>
public abstract class SignedInBrowserTestBase(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>, IAsyncLifetime
{
    protected BrowserAppFixture App { get; } = app;

    public virtual Task InitializeAsync() => TestUsers.CreateAccountsAsync(App.Services);

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A fresh page signed in as <paramref name="email"/>, at <paramref name="returnPath"/> (or where sign-in sends it).</summary>
    protected async Task<IPage> SignedInAsync(string email, string returnPath = "", Action<BrowserNewContextOptions>? screen = null)
    {
        var page = await App.NewPageAsync(screen);
        await new SignInPageObject(page).SignInAsync(email, TestUsers.Password, returnPath);
        return page;
    }

    /// <summary>The analyst, signed in on a fresh page, on the manage page of the record kind <paramref name="slug"/>.</summary>
    protected async Task<ManagePageObject> ManagingAsync(string slug)
    {
        var manage = new ManagePageObject(await SignedInAsync(TestUsers.AnalystEmail));
        await manage.OpenAsync(slug);
        return manage;
    }
}
