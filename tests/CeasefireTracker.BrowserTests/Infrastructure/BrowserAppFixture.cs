namespace CeasefireTracker.BrowserTests.Infrastructure;

/// <summary>
/// The real app (<see cref="TrackerAppFactory"/>) served by Kestrel on a loopback port with a temporary database, and
/// Debian's Chromium driven by Playwright. One per test class; each test opens its own browser context.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly BrowserApp _factory = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = null!;

    public IServiceProvider Services => _factory.Services;

    public string DatabasePath => _factory.DatabasePath;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does.");

        BaseUrl = _factory.StartOnLoopback();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>
    /// A fresh browser context (own cookies) with a page whose waits fail after a bounded time; <paramref name="configure"/>
    /// sets the window size or the system's colour scheme.
    /// </summary>
    public async Task<IPage> NewPageAsync(Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB" };
        configure?.Invoke(options);
        var context = await Browser.NewContextAsync(options);
        // Generous: CI machines run the browser, the app and the tests on two cores.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page (as <see cref="NewPageAsync(Action{BrowserNewContextOptions}?)"/>) seen through its page object.</summary>
    public async Task<T> NewPageAsync<T>(Func<IPage, T> pageObject, Action<BrowserNewContextOptions>? configure = null) =>
        pageObject(await NewPageAsync(configure));

    /// <summary>A fresh page (as <see cref="NewPageAsync{T}"/>) opened at its page object's address plus <paramref name="query"/>.</summary>
    public async Task<T> OpenAsync<T>(Func<IPage, T> pageObject, string query = "", Action<BrowserNewContextOptions>? screen = null)
        where T : IReaderPageObject
    {
        var opened = await NewPageAsync(pageObject, screen);
        await opened.OpenAsync(query);
        return opened;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    private sealed class BrowserApp : TrackerAppFactory
    {
        // Many tests sign in from the one loopback address within a minute; the limit itself has an HTTP test.
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Security:SignInAttemptsPerMinute", "1000")];
    }
}
