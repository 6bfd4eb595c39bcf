using System.Text.RegularExpressions;

namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The sign-in form: a static page with a plain form post (no circuit).</summary>
public sealed partial class SignInPageObject(IPage page)
{
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task SignInAsync(string email, string password, string returnPath = "")
    {
        await page.GotoAsync("account/login" + (returnPath.Length > 0 ? $"?returnUrl={Uri.EscapeDataString("/" + returnPath)}" : ""));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Waits for where sign-in leads and for what is on it, not for the page's load event: on a busy CI machine
        // WaitForURLAsync once waited 30 s for a "load" it never saw, though the page had arrived (network idle).
        await Expect(page).ToHaveURLAsync(LeftTheFormOrRefused(), new() { Timeout = 30_000 });
        if (!page.Url.Contains("error=", StringComparison.Ordinal))
            await page.GetByTestId("signed-in-user").WaitForAsync();
    }

    [GeneratedRegex("^(?!.*/account/login).*$|error=")]
    private static partial Regex LeftTheFormOrRefused();
}
