namespace CeasefireTracker.BrowserTests.Infrastructure;

/// <summary>Moving through a page as a keyboard user does: Tab (or Shift+Tab) until a control has the focus.</summary>
public static class KeyboardExtensions
{
    /// <summary>
    /// Presses Tab until <paramref name="target"/> (or a control inside it) has the focus; fails, naming the target,
    /// when it is not reached within <paramref name="maxPresses"/> presses.
    /// </summary>
    public static async Task TabToAsync(this IPage page, ILocator target, bool backwards = false, int maxPresses = 80)
    {
        for (var presses = 0; presses < maxPresses; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement || e.contains(document.activeElement)")) return;
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        await Expect(target).ToBeFocusedAsync(new() { Timeout = 1 });
    }
}
