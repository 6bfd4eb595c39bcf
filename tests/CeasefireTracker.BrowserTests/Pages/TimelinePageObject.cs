namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The timeline as a reader sees it.</summary>
public sealed class TimelinePageObject(IPage page) : IReaderPageObject
{
    public Task OpenAsync(string query = "") => page.GotoReaderAsync("timeline" + query);

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Timeline", Level = 1 });

    public ILocator DayHeadings => page.GetByRole(AriaRole.Heading, new() { Level = 2 }).Filter(new() { HasTextRegex = new("\\d{4}$") });

    public ILocator Entries => page.Locator("[data-testid='timeline-entry']");

    public ILocator EntryKinds => page.Locator("[data-testid='entry-kind']");

    public ILocator Entry(string title) => Entries.Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 3 }) });

    /// <summary>The other records listed under a fact's entry.</summary>
    public ILocator Parts(ILocator entry) => entry.Locator("[data-testid='timeline-part']");

    public ILocator FilterProblems => page.Locator("[data-testid='filter-problems']");

    public Task ChooseKindAsync(string kind) => page.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = kind });

    public Task OpenEarlierEntriesAsync() => page.GetByRole(AriaRole.Link, new() { Name = "Earlier entries" }).ClickAsync();

    public Task OpenInSourceAsync(string title) =>
        page.GetByRole(AriaRole.Link, new() { Name = $"Open in source: {title}", Exact = true }).ClickAsync();
}
