using Microsoft.Playwright;

namespace CeasefireTracker.BrowserTests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Opens a path and waits until the Blazor circuit is live, so clicks are handled, not lost.</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-testid='interactive']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }
}
