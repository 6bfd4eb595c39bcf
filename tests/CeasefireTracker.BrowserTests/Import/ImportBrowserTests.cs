using CeasefireTracker.Features.Import;

namespace CeasefireTracker.BrowserTests.Import;

public sealed class ImportBrowserTests(BrowserAppFixture app) : SignedInBrowserTestBase(app)
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"ged-{Guid.NewGuid():N}", "GEDEvent_v23_1.csv");

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        GedSampleWriter.WriteFile(_file, 5, change: (i, row) => { if (i == 4) row["date_start"] = "2020-13-45"; });
        await base.InitializeAsync();
    }

    public override Task DisposeAsync()
    {
        Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AnAnalystUploadsGedPreviewsItImportsItAndSeesTheRowsWithTheirProvenance()
    {
        var page = await SignedInAsync(TestUsers.AnalystEmail);
        var import = new ImportPageObject(page);
        await import.OpenAsync();

        await import.ChooseFileAsync(_file);
        // The upload goes over the circuit and is copied and sniffed before the name shows: slow on a busy machine.
        await Expect(import.FileName).ToHaveTextAsync("GEDEvent_v23_1.csv", new() { Timeout = 30_000 });
        await import.DryRunAsync();

        await Expect(import.ToCreate).ToHaveTextAsync("4", new() { Timeout = 30_000 });
        await Expect(import.LossReport).ToContainTextAsync("date_start “2020-13-45” is not a date");
        await Expect(import.LossReport).ToContainTextAsync("Columns not kept:");
        await Expect(import.Preview).ToContainTextAsync("Government of Azerbaijan – Government of Armenia, Stepanakert town");
        await import.ImportAsync(4);
        await Expect(import.Result).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Import of"), new() { Timeout = 30_000 });
        await Expect(import.Result).ToContainTextAsync("Import of UCDP GED 23.1, 4 rows, from GEDEvent_v23_1.csv, by " + TestUsers.AnalystEmail);

        var casualties = new CasualtiesPageObject(page);
        await casualties.OpenAsync();
        await Expect(page.GetByTestId("data-set-row").First).ToContainTextAsync("UCDP GED 23.1, row 1000");
        await Expect(page.GetByTestId("provenance").Filter(new() { HasText = "UCDP GED" }).First).ToContainTextAsync("from AFP");
    }
}
