namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The overview sections of the home page: ceasefire, headline figures, charts and latest events.</summary>
public sealed class OverviewPageObject(IPage page) : IReaderPageObject
{
    public Task OpenAsync(string query = "") => page.GotoReaderAsync(query);

    public ILocator Section(string heading) => page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 });

    public ILocator Ceasefire => page.GetByTestId("ceasefire-summary");

    public ILocator Headline(string side) => page.GetByTestId($"headline-{side}");

    public ILocator Chart(string name) => page.GetByRole(AriaRole.Figure, new() { Name = name });

    /// <summary>The sentence standing in for the toll's line while every figure is of one date.</summary>
    public ILocator TollOnOneDate => page.GetByTestId("chart-toll-single-date");

    /// <summary>The folded table of a chart's figures.</summary>
    public ILocator FiguresTable(string chartTestId) => page.GetByTestId($"{chartTestId}-table");

    public ILocator LatestEvents => page.GetByTestId("latest-event");

    public Task OpenAllCasualtyReportsAsync() =>
        page.GetByRole(AriaRole.Link, new() { Name = "All casualty reports", Exact = true }).ClickAsync();
}
