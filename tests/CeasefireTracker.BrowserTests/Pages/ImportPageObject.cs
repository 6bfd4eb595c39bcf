namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>The analyst's import page: a file, a dry run with its loss report and preview, the import and its progress.</summary>
public sealed class ImportPageObject(IPage page)
{
    public Task OpenAsync() => page.GotoInteractiveAsync("manage/import");

    /// <summary>
    /// Waits until Blazor's InputFile script has taken the input over (it listens for "change" only from then on: a
    /// file set before that, on a busy machine, is never sent), then chooses the file.
    /// </summary>
    public async Task ChooseFileAsync(string path)
    {
        var input = page.Locator("input[type=file]");
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await input.SetInputFilesAsync(path);
    }

    public ILocator FileName => page.GetByTestId("file-name");

    public Task DryRunAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();

    public ILocator LossReport => page.GetByTestId("loss-report");

    public ILocator ToCreate => page.GetByTestId("to-create");

    public ILocator Preview => page.GetByTestId("import-preview");

    public Task ImportAsync(int rows) => page.GetByRole(AriaRole.Button, new() { Name = $"Import {rows} rows" }).ClickAsync();

    public ILocator Result => page.GetByTestId("import-result");
}
