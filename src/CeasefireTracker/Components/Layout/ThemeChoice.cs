namespace CeasefireTracker.Components.Layout;

/// <summary>
/// Light or dark, read from cookies that wwwroot/layout.js keeps: <c>theme</c> holds the reader's own choice (the
/// switch in the app bar), <c>theme-system</c> what the system prefers, for readers who never chose. The server
/// renders the palette (MudBlazor's theme is CSS variables written by the server), so it must know before it renders.
/// </summary>
public static class ThemeChoice
{
    public const string ChoiceCookie = "theme";
    public const string SystemCookie = "theme-system";

    public static bool IsDark(HttpContext? http)
    {
        if (http is null) return false;
        var value = http.Request.Cookies[ChoiceCookie] ?? http.Request.Cookies[SystemCookie];
        return string.Equals(value, "dark", StringComparison.Ordinal);
    }
}
