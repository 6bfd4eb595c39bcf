namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The casualty reports grid as a reader sees it.</summary>
public sealed class CasualtiesPageObject(IPage page) : IReaderPageObject
{
    public Task OpenAsync(string query = "") => page.GotoReaderAsync("casualties" + query);

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Casualty reports", Level = 1 });

    public ILocator Figures => page.GetByTestId("casualty-grid").GetByTestId("figure");

    public ILocator Rows => page.GetByTestId("casualty-grid").Locator("tbody tr");

    /// <summary>The CSV of exactly the filtered view (every row, not only the page).</summary>
    public ILocator DownloadCsv => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" });

    /// <summary>The rows of "claims side by side": one per side, category and kind.</summary>
    public ILocator ClaimRows => page.GetByTestId("claims-side-by-side").Locator("tbody tr");

    public ILocator QueryProblems => page.GetByTestId("query-problem");

    public ILocator Totals => page.GetByTestId("total");

    public ILocator SideFilter => page.GetByLabel("Affected side");

    /// <summary>The side the filter shows as chosen.</summary>
    public ILocator ChosenSide => SideFilter.Locator("option:checked");

    /// <summary>The control the filters fold behind; its text says which are set.</summary>
    public ILocator FiltersControl => page.GetByTestId("filters-fold").Locator("summary");

    public ILocator ClearFilters => page.GetByRole(AriaRole.Link, new() { Name = "Clear filters" });

    /// <summary>A link of the pager under the grid: First, Previous, Next or Last.</summary>
    public ILocator PagerLink(string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Pages of reports" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>Picks a side by its name in the side list, as a reader would.</summary>
    public Task FilterBySideAsync(string side) => SideFilter.SelectOptionAsync(new SelectOptionValue { Label = side });
}
