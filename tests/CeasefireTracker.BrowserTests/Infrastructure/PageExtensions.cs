namespace CeasefireTracker.BrowserTests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Opens a path and waits until the Blazor circuit is live, so clicks are handled, not lost (signed-in users).</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-testid='interactive']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Opens a reader page and waits until it and its scripts have loaded; signed in, the page is interactive, so it
    /// waits for the circuit too.
    /// </summary>
    public static async Task GotoReaderAsync(this IPage page, string path)
    {
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (await page.GetByTestId("signed-in-user").CountAsync() > 0)
            await page.Locator("[data-testid='interactive']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>Every address the page asks for that belongs to a Blazor circuit (negotiation, WebSocket, long polling).</summary>
    public static List<string> RecordCircuitTraffic(this IPage page)
    {
        var seen = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("_blazor", StringComparison.Ordinal)) lock (seen) seen.Add(request.Url); };
        page.WebSocket += (_, socket) => { lock (seen) seen.Add(socket.Url); };
        return seen;
    }
}
