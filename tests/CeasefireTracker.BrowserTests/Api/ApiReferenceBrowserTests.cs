using CeasefireTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CeasefireTracker.BrowserTests.Api;

/// <summary>
/// Scalar's API reference starts itself with an inline script: under the site's policy it would stay blank, so its
/// page alone allows a per-request nonce. The reference must render, with no script refused.
/// </summary>
public sealed class ApiReferenceBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task TheReferenceRendersTheApiUnderThePolicyWithNoScriptRefused()
    {
        var page = await app.NewPageAsync();
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI));");

        await page.GotoAsync("api/docs");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CeasefireTracker | v1" }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("Every change in commit order, each with the record as it is now").First).ToBeAttachedAsync();
        Assert.Equal("", await page.EvaluateAsync<string>("(window.__csp || []).filter(v => v.startsWith('script-src')).join('; ')"));
    }
}
