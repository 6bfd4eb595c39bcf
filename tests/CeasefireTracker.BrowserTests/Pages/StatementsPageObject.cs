namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The statements list with its filters.</summary>
public sealed class StatementsPageObject(IPage page) : IReaderPageObject
{
    public Task OpenAsync(string query = "") => page.GotoReaderAsync("statements" + query);

    public ILocator Statements => page.Locator("[data-testid='statement-text']");

    public ILocator Summary => page.Locator("[data-testid='pager-summary']");

    public Task ChooseAsync(string filter, string option) =>
        page.GetByLabel(filter).SelectOptionAsync(new SelectOptionValue { Label = option });
}
