namespace CeasefireTracker.BrowserTests.Infrastructure;

/// <summary>The two widths every page is tried at: a desktop screen and a phone.</summary>
public static class Screens
{
    public const int DesktopWidth = 1400;
    public const int PhoneWidth = 390;

    public static Action<BrowserNewContextOptions> Width(int width, ColorScheme scheme = ColorScheme.Light) => options =>
    {
        options.ViewportSize = new ViewportSize { Width = width, Height = width == PhoneWidth ? 844 : 900 };
        options.ColorScheme = scheme;
        if (width == PhoneWidth)
        {
            options.IsMobile = true;
            options.HasTouch = true;
            options.DeviceScaleFactor = 1;
        }
    };

    public static Action<BrowserNewContextOptions> Phone => Width(PhoneWidth);

    public static Action<BrowserNewContextOptions> Desktop => Width(DesktopWidth);

    /// <summary>How far the page scrolls sideways (0 when everything fits the window).</summary>
    public static Task<int> HorizontalOverflowAsync(this IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
}
