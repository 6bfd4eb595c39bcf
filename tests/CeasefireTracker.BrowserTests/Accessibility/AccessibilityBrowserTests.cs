using CeasefireTracker.Features.Account;
using Deque.AxeCore.Playwright;

namespace CeasefireTracker.BrowserTests.Accessibility;

/// <summary>
/// Every page, a reader's and an analyst's, at a desktop width and a phone's: axe-core finds no violation of any
/// impact, nothing scrolls sideways, and screenshots in both palettes go to artifacts/screenshots (README).
/// </summary>
public sealed class AccessibilityBrowserTests(BrowserAppFixture app) : SignedInBrowserTestBase(app)
{
    private const string Admin = "admin.a11y@example.org";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestUsers.CreateAccountAsync(App.Services, Admin, Roles.Admin, Roles.Analyst);
    }

    public static TheoryData<string, int> ReaderPages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "", "timeline", "casualties", "ceasefires", "statements", "parties", "sources", "sources/1", "casualties/1", "statements/1", "parties/1", "events/1", "ceasefires/1", "search?q=negociations", "no-such-page", "account/login" })
        foreach (var width in new[] { Screens.DesktopWidth, Screens.PhoneWidth })
            data.Add(path, width);
        return data;
    }

    public static TheoryData<string, int> AnalystPages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "manage", "manage/casualty-reports", "manage/changes", "manage/casualty-reports/1/history", "account/users", "account/tokens", "manage/ingest", "manage/events", "manage/import", "account/access-denied" })
        foreach (var width in new[] { Screens.DesktopWidth, Screens.PhoneWidth })
            data.Add(path, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(ReaderPages))]
    public async Task AReadersPageHasNoAccessibilityViolationAndFitsTheWindow(string path, int width)
    {
        var page = await App.NewPageAsync(Screens.Width(width));
        await CheckAsync(page, path, width, "reader");
    }

    [Theory]
    [MemberData(nameof(AnalystPages))]
    public async Task AnAnalystsPageHasNoAccessibilityViolationAndFitsTheWindow(string path, int width)
    {
        var page = await SignedInAsync(Admin, screen: Screens.Width(width));
        await CheckAsync(page, path, width, "analyst");
    }

    private static async Task CheckAsync(IPage page, string path, int width, string who)
    {
        await page.GotoAsync(path);
        await SettleAsync(page);
        var name = $"{who}-{(path.Length == 0 ? "overview" : Slug(path))}-{width}";
        await Screenshots.TakeAsync(page, name + "-light");
        var light = await page.RunAxe();
        var overflow = await page.HorizontalOverflowAsync();

        await page.Context.AddCookiesAsync([new Cookie { Name = "theme", Value = "dark", Url = page.Url }]);
        await page.ReloadAsync();
        await SettleAsync(page);
        await Expect(page.Locator(".app-layout")).ToHaveAttributeAsync("data-theme", "dark");
        await Screenshots.TakeAsync(page, name + "-dark");
        var dark = await page.RunAxe();

        var problems = light.Violations.Select(v => ("light", v)).Concat(dark.Violations.Select(v => ("dark", v)))
            .Select(p => $"[{p.Item1}] {p.v.Id} ({p.v.Impact}): {p.v.Help} at {string.Join(", ", p.v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(problems.Count == 0, $"/{path} at {width} px:\n" + string.Join("\n", problems));
        Assert.True(overflow <= 0, $"/{path} at {width} px scrolls {overflow} px sideways");
    }

    [Fact]
    public async Task TheCasualtyEditDialogWithItsSourcePickerOpenHasNoAccessibilityViolation()
    {
        var page = await SignedInAsync(Admin, screen: Screens.Width(Screens.DesktopWidth));
        var manage = new ManagePageObject(page);
        await manage.OpenAsync("casualty-reports");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Edit casualty report #") }).First.ClickAsync();
        await Expect(manage.Field("Source")).Not.ToHaveValueAsync("");

        // The picker searches on the server as the analyst types; its matches are options of a listbox.
        await manage.Field("Source").FillAsync("a");
        await Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "analyst-casualty-dialog-source-picker");
        // MudBlazor renders every popover (this list, any select's) in its provider after the layout's landmarks;
        // "region" asks that content be inside one, which no open MudBlazor list can be. Every other rule applies.
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            Rules = new Dictionary<string, Deque.AxeCore.Commons.RuleOptions> { ["region"] = new() { Enabled = false } },
        });

        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}");
        Assert.True(result.Violations.Length == 0, "The casualty dialog:\n" + string.Join("\n", problems));
    }

    private static async Task SettleAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }

    private static string Slug(string path) => new(path.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
