namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The overview page as a reader sees it.</summary>
public sealed class HomePageObject(IPage page) : IReaderPageObject
{
    public Task OpenAsync(string query = "") => page.GotoReaderAsync(query);

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "CeasefireTracker", Level = 1 });

    public ILocator Count(string label) => page.Locator($"[data-testid='count-{label}']");

    public ILocator NavigationLink(string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public Task ToggleNavigationAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true }).ClickAsync();
}
