namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The analyst's manage area: a list of one record kind, its edit dialog, and a record's history.</summary>
public sealed class ManagePageObject(IPage page)
{
    public IPage Page => page;

    public Task OpenAsync(string slug) => page.GotoInteractiveAsync($"manage/{slug}");

    public Task OpenHistoryAsync(string slug, int id) => page.GotoInteractiveAsync($"manage/{slug}/{id}/history");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public Task EditAsync(string singular, int id) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Edit {singular} #{id}", Exact = true }).ClickAsync();

    public Task DeleteAsync(string singular, int id) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Delete {singular} #{id}", Exact = true }).ClickAsync();

    /// <summary>Confirms the delete dialog, taking the records that refer to the one deleted with it.</summary>
    public Task ConfirmDeleteWithDependentsAsync() =>
        Dialog.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Delete with the") }).ClickAsync();

    public Task ShowDeletedAsync() => page.GetByLabel("Show deleted").CheckAsync();

    /// <summary>The restore button of a deleted record, listed once "Show deleted" is on.</summary>
    public ILocator RestoreButton(string singular, int id) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Restore {singular} #{id}", Exact = true });

    public ILocator Field(string label) => Dialog.GetByLabel(label, new() { Exact = true });

    public Task SetFieldAsync(string label, string value) => Field(label).FillAsync(value);

    /// <summary>
    /// Picks a record in a reference picker (a source, a party; an event's parties add one each time): types its name,
    /// as the picker searches on the server, then picks the matching option.
    /// </summary>
    public async Task AddChoiceAsync(string label, string option)
    {
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        // Under load the text can be filled before the field's server-side search listens (the full run lost it twice):
        // typing again, as a reader would, asks again.
        for (var attempt = 1; ; attempt++)
        {
            await Field(label).FillAsync("");
            await Field(label).FillAsync(option);
            try
            {
                await choice.ClickAsync(new() { Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Keeps a figure its quote does not state: ticks the flag and says why.</summary>
    public async Task MarkFigureNotInQuoteAsync(string reason)
    {
        await Dialog.GetByLabel("Figure not stated in the quote", new() { Exact = true }).CheckAsync();
        await SetFieldAsync("Why the figure is not stated in the quote", reason);
    }

    /// <summary>The quotes a source's new text would lose, each to fix in the source's dialog.</summary>
    public ILocator QuoteRepairs => Dialog.GetByRole(AriaRole.Region, new() { Name = "Quotes to fix" });

    public Task SaveAsync() => Dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

    public ILocator Snackbar(string text) => page.Locator(".mud-snackbar").Filter(new() { HasText = text });

    public ILocator ConflictTable => page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Someone else changed this record" }).GetByRole(AriaRole.Table);

    public Task ChooseAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();

    public ILocator HistoryTable => page.GetByRole(AriaRole.Table);

    public Task UndoAsync(long changeId) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Undo change #{changeId}" }).ClickAsync();

    public Task RestoreVersionAsync(long changeId) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Restore this version, after change #{changeId}" }).ClickAsync();
}
