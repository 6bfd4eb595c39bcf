namespace CeasefireTracker.BrowserTests.Api;

/// <summary>
/// Scalar's API reference starts itself with an inline script: under the site's policy it would stay blank, so its
/// page alone allows a per-request nonce. The reference must render, with no inline script refused.
/// </summary>
public sealed class ApiReferenceBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task TheReferenceRendersTheApiUnderThePolicyWithNoInlineScriptRefused()
    {
        var page = await app.NewPageAsync();
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI));");

        // Scalar loads a large bundle: wait for what it renders, not for every resource.
        await page.GotoAsync("api/docs", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });

        // A large bundle parsed on a busy 2-core machine: the first render gets more than the default 5 s.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CeasefireTracker | v1" }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var sidebar = page.GetByRole(AriaRole.Complementary, new() { Name = "Sidebar for CeasefireTracker | v1" });
        await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = "Changes", Exact = true })).ToBeVisibleAsync();
        await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = "Casualty reports", Exact = true })).ToBeVisibleAsync();
        // Scalar also probes eval, and renders without it: eval stays forbidden here too, only inline scripts are judged.
        Assert.Equal("", await page.EvaluateAsync<string>("(window.__csp || []).filter(v => v.startsWith('script-src') && v !== 'script-src eval').join('; ')"));
    }
}
