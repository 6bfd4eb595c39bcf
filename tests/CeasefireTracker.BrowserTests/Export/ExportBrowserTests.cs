using CsvHelper;

namespace CeasefireTracker.BrowserTests.Export;

/// <summary>A reader filters the casualty reports, downloads the CSV and finds exactly the rows the page shows.</summary>
public sealed class ExportBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task TheDownloadedCsvHoldsExactlyTheFilteredReports()
    {
        var page = await app.NewPageAsync(o => o.AcceptDownloads = true);
        var grid = new CasualtiesPageObject(page);
        await grid.OpenAsync();
        await grid.FilterBySideAsync("Armenia");
        await Expect(grid.Figures).ToHaveCountAsync(4);

        var download = await page.RunAndWaitForDownloadAsync(() => grid.DownloadCsv.ClickAsync());

        Assert.Matches(new Regex(@"^casualties-side-armenia-\d{4}-\d{2}-\d{2}\.csv$"), download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"export-browser-{Guid.NewGuid():N}.csv");
        await download.SaveAsAsync(path);
        try
        {
            using var csv = CsvReader.Create(await File.ReadAllBytesAsync(path), CsvReaderOptions.Default);
            var header = csv.Headers.ToList();
            var rows = new List<(string Side, string Quote)>();
            while (csv.Read()) rows.Add((csv.GetString(header.IndexOf("affected_side")), csv.GetString(header.IndexOf("quote"))));

            Assert.Equal(4, rows.Count);
            Assert.All(rows, r => Assert.Equal("Armenia", r.Side));
            Assert.All(rows, r => Assert.NotEmpty(r.Quote));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
