using CeasefireTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The casualty reports grid as a reader sees it.</summary>
public sealed class CasualtiesPageObject(IPage page)
{
    public Task OpenAsync(string query = "") => page.GotoInteractiveAsync("casualties" + query);

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Casualty reports", Level = 1 });

    public ILocator Figures => page.GetByTestId("casualty-grid").GetByTestId("figure");

    public ILocator Rows => page.GetByTestId("casualty-grid").Locator("tbody tr");

    public ILocator QueryProblems => page.GetByTestId("query-problem");

    public ILocator Totals => page.GetByTestId("total");

    public ILocator SideFilter => page.GetByLabel("Affected side");

    /// <summary>Opens the side list and picks a side by its name, as a reader would with the mouse.</summary>
    public async Task FilterBySideAsync(string side)
    {
        await SideFilter.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = side, Exact = true }).ClickAsync();
    }
}
