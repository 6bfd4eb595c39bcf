using MudBlazor;

namespace CeasefireTracker.Components.Layout;

public static class TrackerTheme
{
    // No web fonts: the machines that run this have no internet, so a system font stack.
    public static readonly MudTheme Theme = new()
    {
        // MudBlazor's dark palette draws links, labels and filled buttons below WCAG AA contrast (axe, 4.5:1 for text):
        // a lighter primary with dark text on it, and brighter secondary text.
        PaletteDark = new PaletteDark
        {
            Primary = "#a8b1ff",
            PrimaryContrastText = "#10131f",
            TextSecondary = "rgba(255,255,255,0.78)",
            ActionDefault = "rgba(255,255,255,0.78)",
            // The default stripe and hover tints are so light that the row's text falls below 4.5:1 on them.
            TableStriped = "rgba(255,255,255,0.06)",
            TableHover = "rgba(255,255,255,0.1)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
