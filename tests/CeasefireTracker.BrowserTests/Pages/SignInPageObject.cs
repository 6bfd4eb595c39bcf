namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The sign-in form: a static page with a plain form post (no circuit).</summary>
public sealed class SignInPageObject(IPage page)
{
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task SignInAsync(string email, string password, string returnPath = "")
    {
        await page.GotoAsync("account/login" + (returnPath.Length > 0 ? $"?returnUrl={Uri.EscapeDataString("/" + returnPath)}" : ""));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal) || url.Contains("error=", StringComparison.Ordinal));
    }
}
