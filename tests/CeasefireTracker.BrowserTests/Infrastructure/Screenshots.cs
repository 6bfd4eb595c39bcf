namespace CeasefireTracker.BrowserTests.Infrastructure;

/// <summary>Full-page screenshots for people to look at, in artifacts/screenshots at the repository's root (git-ignored).</summary>
public static class Screenshots
{
    public static string Folder { get; } = FindFolder();

    public static Task TakeAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });

    private static string FindFolder()
    {
        var folder = Path.Combine(RepositoryFolder.Above(AppContext.BaseDirectory) ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
