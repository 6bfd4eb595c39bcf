namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The source viewer: a source's full text with its quotes marked.</summary>
public sealed class SourceViewerPageObject(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator FullText => page.Locator("[data-testid='source-text']");

    public ILocator ActiveMarks => page.Locator("mark.quote-mark-active");

    public ILocator Marks => page.Locator("mark.quote-mark");

    public ILocator CitingRecords => page.GetByRole(AriaRole.List, new() { Name = "Records citing this source" }).GetByRole(AriaRole.Link);
}
