namespace CeasefireTracker.Tests.Features.Security;

/// <summary>
/// Every page (enumerated from the app's routes, so a new page is covered) answers with the security headers and
/// needs no inline script, so the Content-Security-Policy can forbid it.
/// </summary>
public sealed class SecurityHeadersHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    /// <summary>Every route template of every page, its parameters filled with a value that exists in the seed.</summary>
    public static TheoryData<string> EveryPage() =>
        new(AppRoutes.Templates().Select(template => AppRoutes.Fill(template, name => name == "Slug" ? "parties" : "1")));

    [Fact]
    public void EveryPageHoldsTheKnownPages() =>
        Enumerated.Covers(Enumerated.FirstColumn<string>(EveryPage()), "/", "/timeline", "/casualties/1", "/manage/parties", "/account/login");

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task EveryPageSendsAPolicyThatForbidsInlineScriptAndNeedsNone(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var scriptSources = Regex.Match(policy, "script-src ([^;]*)").Groups[1].Value;
        Assert.Equal("'self'", scriptSources);
        Assert.Contains("object-src 'none'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));

        // A script element without src (an import map included) would be refused by the policy.
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
        Assert.DoesNotMatch("\\son[a-z]+\\s*=", html);
    }

    [Fact]
    public async Task StaticFilesAndErrorsCarryTheHeadersToo()
    {
        foreach (var path in new[] { "/app.css", "/no-such-page", "/health" })
        {
            var response = await factory.CreateClient().GetAsync(path);
            Assert.True(response.Headers.Contains("Content-Security-Policy"), path);
            Assert.True(response.Headers.Contains("X-Content-Type-Options"), path);
        }
    }
}
