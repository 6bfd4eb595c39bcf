namespace CeasefireTracker.Tests.Features.Export;

public sealed class ExportHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd");

    [Fact]
    public async Task TheCasualtyCsvHasAHeaderAndEveryReportWithItsProvenance()
    {
        var response = await factory.CreateClient().GetAsync("/export/casualties.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal($"casualties-{Today}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var (header, rows) = ExportCsv.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(9, rows.Count);
        foreach (var column in new[] { "source_title", "source_publisher", "source_published_on", "source_language", "source_url",
                     "quote", "quote_start", "reporter", "qualifier", "low", "best", "high", "basis", "included_in_report_id" })
            Assert.Contains(column, header);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r["quote"])));
        Assert.All(rows, r => Assert.Equal("fr", r["source_language"]));
    }

    [Fact]
    public async Task AQuoteComesBackExactlyAsStoredIncludingCommasAndQuotes()
    {
        var (_, rows) = ExportCsv.Read(await factory.CreateClient().GetByteArrayAsync("/export/casualties.csv"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var stored = await db.CasualtyReports.ToDictionaryAsync(r => r.Id.ToString(), r => (r.Quote, r.QuoteStart));

        Assert.Contains(rows, r => r["quote"].Contains(','));
        Assert.All(rows, r => Assert.Equal(stored[r["id"]], (r["quote"], int.Parse(r["quote_start"]))));
    }

    [Fact]
    public async Task AFilteredCsvHoldsOnlyTheFilteredRowsAndSaysSoInItsName()
    {
        var armenia = await factory.SideIdAsync("side-armenia");

        var response = await factory.CreateClient().GetAsync($"/export/casualties.csv?side={armenia}&page=2&size=10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"casualties-side-armenia-{Today}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var (_, rows) = ExportCsv.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("Armenia", r["affected_side"]));
    }

    [Fact]
    public async Task HxlAddsAHashtagRowUnderTheHeader()
    {
        var (header, rows) = ExportCsv.Read(await factory.CreateClient().GetByteArrayAsync("/export/casualties.csv?hxl=1"));

        Assert.Equal(10, rows.Count);
        Assert.Equal("#date+end", rows[0]["period_end"]);
        Assert.Equal("#affected+num", rows[0]["best"]);
        Assert.All(header, name => Assert.StartsWith("#", rows[0][name]));
    }

    [Fact]
    public async Task TheJsonExportCarriesTheRowsAndAMetaBlock()
    {
        var armenia = await factory.SideIdAsync("side-armenia");

        var response = await factory.CreateClient().GetAsync($"/export/casualties.json?side={armenia}");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(4, rows.GetArrayLength());
        Assert.Equal(JsonValueKind.Number, rows[0].GetProperty("quote_start").ValueKind);
        var meta = json.RootElement.GetProperty("meta");
        Assert.Equal(4, meta.GetProperty("count").GetInt32());
        Assert.Equal(armenia.ToString(), meta.GetProperty("filter").GetProperty("side").GetString());
        Assert.Contains("Cite each figure by its own source", meta.GetProperty("how_to_cite").GetString());
        Assert.True(DateTime.TryParse(meta.GetProperty("generated_at_utc").GetString(), out _));
    }

    [Theory]
    [InlineData("timeline", "title")]
    [InlineData("statements", "on_behalf_of")]
    [InlineData("ceasefires", "term_description")]
    [InlineData("parties", "name")]
    [InlineData("officials", "role")]
    [InlineData("sources", "citation_count")]
    public async Task EveryListPageHasAnExport(string dataSet, string column)
    {
        var response = await factory.GetAnsweringAsync($"/export/{dataSet}.csv", HttpStatusCode.OK);

        var (header, rows) = ExportCsv.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(column, header);
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, (await JsonDocument.ParseAsync(await factory.CreateClient().GetStreamAsync($"/export/{dataSet}.json")))
            .RootElement.GetProperty("meta").GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("/export/users.csv")]
    [InlineData("/export/casualties.xlsx")]
    public async Task AnUnknownDataSetOrFormatAnswers404(string path)
    {
        var response = await factory.GetAnsweringAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheCasualtyPageLinksToTheExportOfItsFilter()
    {
        var html = await factory.GetPageAsync("/casualties?side=2&kind=Killed");

        Assert.Contains("href=\"export/casualties.csv?side=2&kind=Killed\"", html);
        Assert.Contains("href=\"export/casualties.json?side=2&kind=Killed\"", html);
    }
}
