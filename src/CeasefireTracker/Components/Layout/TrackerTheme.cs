using MudBlazor;

namespace CeasefireTracker.Components.Layout;

public static class TrackerTheme
{
    // No web fonts: the machines that run this have no internet, so a system font stack.
    public static readonly MudTheme Theme = new()
    {
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
