using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Import;
using CeasefireTracker.Tests.Features.Export;

namespace CeasefireTracker.Tests.Features.Import;

/// <summary>
/// Records resting on a data set row show the data set, its version, the row's id and the row's own source fields
/// wherever provenance is shown: record pages, the timeline, the casualty and timeline exports.
/// </summary>
public sealed class DataSetProvenanceHttpTests : IAsyncLifetime
{
    private const string Article = "Agence France Presse, 2020-09-27; Fighting near Stepanakert";
    private const string Headline = "Shelling reported on day 1";
    private const string Original = "Armenian Defence Ministry";
    private readonly TrackerAppFactory _app = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ceasefire-provenance-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app.CreateClient();
        var path = GedSampleWriter.WriteFile(Path.Combine(_folder, "GEDEvent_v23_1.csv"), 2);
        var job = await _app.Services.GetRequiredService<ImportRunner>()
            .EnqueueDirectAsync(new ImportRequest(path, "GEDEvent_v23_1.csv", "23.1"), TestUsers.User("provenance@example.org", Roles.Analyst));
        Assert.True(job.Status == ImportStatus.Succeeded, job.Message + " | " + string.Join(" | ", job.Problems));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<int> IdOfAsync<T>(string externalId) where T : Entity
    {
        await using var db = _app.CreateStoreContext();
        return await db.Set<T>().Where(r => r.ExternalId == externalId).Select(r => r.Id).SingleAsync();
    }

    private static void AssertShowsTheRow(string html)
    {
        Assert.Contains("UCDP GED 23.1", html);
        Assert.Contains("row 100000", html);
        Assert.Contains(Headline, html);
        Assert.Contains("AFP", html);
    }

    [Theory]
    [InlineData("events", "ucdp-ged:100000:event")]
    [InlineData("casualties", "ucdp-ged:100000:civilians")]
    public async Task ARecordPageShowsTheRowAndEveryOneOfItsSourceFields(string path, string externalId)
    {
        var id = path == "events" ? await IdOfAsync<TimelineEvent>(externalId) : await IdOfAsync<CasualtyReport>(externalId);

        var html = WebUtility.HtmlDecode(await _app.CreateClient().GetStringAsync($"/{path}/{id}"));

        AssertShowsTheRow(html);
        Assert.Contains("data-set-row-details", html);
        foreach (var field in new[] { "Source article", Article, "Source office", "Source date", "2020-09-27", "Original wording", Original })
            Assert.Contains(field, html);
    }

    [Fact]
    public async Task TheTimelineShowsAnImportedEventsRowWhereAQuoteWouldBe()
    {
        var html = WebUtility.HtmlDecode(await _app.CreateClient().GetStringAsync("/timeline?from=2020-09-27&to=2020-09-27"));

        AssertShowsTheRow(html);
        Assert.Contains("data-testid=\"data-set-row\"", html);
    }

    [Theory]
    [InlineData("/export/casualties.csv")]
    [InlineData("/export/timeline.csv?from=2020-09-27&to=2020-09-28")]
    public async Task TheExportsCarryTheRowsColumnsAndLeaveThemEmptyForQuotedRecords(string path)
    {
        var (header, rows) = ExportCsv.Read(await _app.CreateClient().GetByteArrayAsync(path));

        foreach (var column in new[] { "data_set", "data_set_version", "data_set_row_id", "row_source_article", "row_source_headline",
                     "row_source_office", "row_source_date", "row_source_original" })
            Assert.Contains(column, header);
        var imported = rows.Where(r => r["data_set"] != "").ToList();
        Assert.NotEmpty(imported);
        Assert.Contains(imported, r => (r["data_set"], r["data_set_version"], r["data_set_row_id"], r["row_source_article"],
            r["row_source_headline"], r["row_source_office"], r["row_source_original"]) == ("UCDP GED", "23.1", "100000", Article, Headline, "AFP", Original));
        if (path.Contains("casualties")) Assert.Contains(rows, r => r["data_set"] == "" && r["quote"] != "");
    }

    [Fact]
    public async Task TheApiShowsTheRowARecordRestsOnAndTakesItsOwnAnswerBack()
    {
        var id = await IdOfAsync<TimelineEvent>("ucdp-ged:100000:event");

        var one = JsonDocument.Parse(await _app.CreateClient().GetStringAsync($"/api/v1/events/{id}")).RootElement;
        var listed = JsonDocument.Parse(await _app.CreateClient().GetStringAsync($"/api/v1/events?limit=100")).RootElement
            .GetProperty("items").EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == id);

        foreach (var record in new[] { one, listed })
        {
            var row = record.GetProperty("dataSetRow");
            Assert.Equal(("UCDP GED", "23.1", "100000", Article, Headline, "AFP", Original),
                (row.GetProperty("dataSet").GetString(), row.GetProperty("version").GetString(), row.GetProperty("rowId").GetString(),
                 row.GetProperty("sourceArticle").GetString(), row.GetProperty("sourceHeadline").GetString(), row.GetProperty("sourceOffice").GetString(),
                 row.GetProperty("sourceOriginal").GetString()));
        }

        // Read-only, like links: a GET's body can be sent back as it is.
        var copy = new TimelineEvent { Title = "", Quote = "", TimeZoneId = "Etc/UTC" };
        Assert.Empty(CeasefireTracker.Features.Api.RecordJson.Apply(one, copy));
    }
}
