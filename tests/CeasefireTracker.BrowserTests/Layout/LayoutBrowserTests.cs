namespace CeasefireTracker.BrowserTests.Layout;

/// <summary>The shell around every page: landmarks, skip link, focus, menu, theme, brand and icon.</summary>
public sealed class LayoutBrowserTests(BrowserAppFixture app) : SignedInBrowserTestBase(app)
{
    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });

    [Fact]
    public async Task TheSkipLinkComesFirstAndMovesFocusToTheOneMainLandmark()
    {
        var page = await App.NewPageAsync(Screens.Desktop);
        await page.GotoAsync("timeline");
        await Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        // The page's h1 has focus after loading (FocusOnNavigate, for screen readers), so the first Tab would go on
        // from there: check the skip link leads the tab order instead, and take it as the keyboard would.
        var first = await page.EvaluateAsync<string>(
            "() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').textContent.trim()");
        Assert.Equal("Skip to content", first);

        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await skip.FocusAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/timeline(#main-content)?$"));
    }

    [Fact]
    public async Task AMenuLinkReachedWithTheKeyboardShowsAnOutline()
    {
        var page = await App.NewPageAsync(Screens.Desktop);
        await page.GotoAsync("sources");
        var timeline = Menu(page).GetByRole(AriaRole.Link, new() { Name = "Timeline" });

        for (var presses = 0; presses < 30 && !await timeline.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
            await page.Keyboard.PressAsync("Tab");

        await Expect(timeline).ToBeFocusedAsync();
        Assert.NotEqual("none", await timeline.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        Assert.True(await timeline.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).outlineWidth)") >= 2);
    }

    [Fact]
    public async Task APageHeadingFocusedForScreenReadersDrawsNoBox()
    {
        var page = await App.NewPageAsync(Screens.Desktop);
        await page.GotoAsync("ceasefires");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        // What FocusOnNavigate does after a navigation: focus the page's h1 (made focusable for it).
        await heading.EvaluateAsync("h => { h.tabIndex = -1; h.focus(); }");

        await Expect(heading).ToBeFocusedAsync();
        await Expect(heading).ToHaveCSSAsync("outline-style", "none");
    }

    [Fact]
    public async Task OnlyTheCurrentPageIsMarkedInTheMenu()
    {
        var page = await SignedInAsync(TestUsers.AnalystEmail, "manage/changes", screen: Screens.Desktop);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        var current = Menu(page).Locator("[aria-current='page']");

        await Expect(current).ToHaveCountAsync(1);
        await Expect(current).ToHaveTextAsync("Recent changes");
        await Expect(Menu(page).Locator(".active")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task OnAPhoneTheMenuOpensFromItsButtonAndClosesOnceALinkIsTapped()
    {
        var page = await App.NewPageAsync(Screens.Phone);
        await page.GotoAsync("");
        var timeline = Menu(page).GetByRole(AriaRole.Link, new() { Name = "Timeline" });
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true });
        await Expect(timeline).ToBeHiddenAsync();

        await button.ClickAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await timeline.TapAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/timeline$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Timeline", Level = 1 })).ToBeVisibleAsync();
        await Expect(timeline).ToBeHiddenAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task AReaderWhoseSystemIsDarkGetsTheDarkPalette()
    {
        var page = await App.NewPageAsync(Screens.Width(Screens.DesktopWidth, ColorScheme.Dark));
        await page.GotoAsync("parties");

        await Expect(page.Locator(".app-layout")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await BackgroundLightnessAsync(page) < 0.3);
    }

    [Fact]
    public async Task TheThemeSwitchIsRememberedOnOtherPages()
    {
        var page = await App.NewPageAsync(Screens.Desktop);
        await page.GotoAsync("statements");
        await Expect(page.Locator(".app-layout")).ToHaveAttributeAsync("data-theme", "light");

        await page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).ClickAsync();
        await Expect(page.Locator(".app-layout")).ToHaveAttributeAsync("data-theme", "dark");
        await page.GotoAsync("sources");

        await Expect(page.Locator(".app-layout")).ToHaveAttributeAsync("data-theme", "dark");
        Assert.True(await BackgroundLightnessAsync(page) < 0.3);
    }

    [Fact]
    public async Task TheBrandLinksHomeAndThePageHasAnIcon()
    {
        var page = await App.NewPageAsync(Screens.Desktop);
        await page.GotoAsync("sources");
        var icon = await page.Locator("link[rel='icon']").GetAttributeAsync("href");

        await page.GetByRole(AriaRole.Link, new() { Name = "CeasefireTracker", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(App.BaseUrl);
        Assert.NotNull(icon);
        var response = await page.APIRequest.GetAsync(icon);
        Assert.Equal(200, response.Status);
        Assert.Contains("image/svg", response.Headers["content-type"]);
    }

    private static Task<double> BackgroundLightnessAsync(IPage page) => page.EvaluateAsync<double>("""
        () => {
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
            return (Math.max(r, g, b) + Math.min(r, g, b)) / 2 / 255;
        }
        """);
}
