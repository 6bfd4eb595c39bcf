using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CeasefireTracker.Tests.Features.Api;

public sealed class RecordApiHttpTests(ApiAppFactory factory) : IClassFixture<ApiAppFactory>
{
    private async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<int> CountAsync(string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
    }

    [Fact]
    public async Task AListPagesThroughEveryRecordWithNextLinks()
    {
        var client = factory.CreateClient();
        var ids = new List<int>();
        string? next = "/api/v1/casualty-reports?limit=4";
        var pages = 0;
        while (next is not null)
        {
            var page = await GetJsonAsync(client, next);
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
            next = page.GetProperty("next").GetString();
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(9, ids.Count);
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public async Task AListTakesThePagesFilters()
    {
        var armenia = await factory.SideIdAsync("side-armenia");

        var page = await GetJsonAsync(factory.CreateClient(), $"/api/v1/casualty-reports?side={armenia}&kind=Killed");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(armenia, i.GetProperty("affectedSideId").GetInt32()));
        Assert.All(items, i => Assert.Equal("Killed", i.GetProperty("kind").GetString()));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryRecordKindIsListed(string slug)
    {
        var page = await GetJsonAsync(factory.CreateClient(), $"/api/v1/{slug}");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal(slug, i.GetProperty("type").GetString()));
        if (items.Count > 0)
            Assert.Equal($"http://localhost/api/v1/{slug}/{items[0].GetProperty("id").GetInt32()}", items[0].GetProperty("links").GetProperty("self").GetString());
    }

    public static TheoryData<string> Kinds() => new(RecordKind.All.Select(k => k.Slug));

    [Fact]
    public void TheRecordKindsHoldTheKnownKinds() => Enumerated.Covers(Enumerated.FirstColumn<string>(Kinds()), "casualty-reports", "sides", "sources");

    [Fact]
    public async Task ARecordIsFoundByItsSeedIdAndByItsNumberWithAnETag()
    {
        var client = factory.CreateClient();
        var armenia = await factory.SideIdAsync("side-armenia");

        var bySeedId = await client.GetAsync("/api/v1/sides/side-armenia");
        var byNumber = await client.GetAsync($"/api/v1/sides/{armenia}");

        Assert.Equal(HttpStatusCode.OK, bySeedId.StatusCode);
        Assert.Equal(await bySeedId.Content.ReadAsStringAsync(), await byNumber.Content.ReadAsStringAsync());
        Assert.NotNull(bySeedId.Headers.ETag);
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sides/side-armenia");
        again.Headers.IfNoneMatch.Add(bySeedId.Headers.ETag!);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnUnchangedListAnswers304ToItsETag()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/api/v1/parties");
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/parties");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/sides/side-atlantis")]
    [InlineData("/api/v1/sides/99999999999999")]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v2/sides")]
    public async Task WhatDoesNotExistAnswers404AsAProblem(string path) =>
        Assert.NotEmpty(await (await factory.GetAnsweringAsync(path, HttpStatusCode.NotFound)).ProblemDetailAsync());

    [Fact]
    public async Task ReadsAreOpenToAnyOriginAndWritesToNone()
    {
        var client = factory.CreateClient();
        var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/parties");
        read.Headers.Add("Origin", "https://example.net");
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/parties/1");
        preflight.Headers.Add("Origin", "https://example.net");
        preflight.Headers.Add("Access-Control-Request-Method", "PUT");

        var readResponse = await client.SendAsync(read);
        var preflightResponse = await client.SendAsync(preflight);

        Assert.Equal("*", readResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(preflightResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<JsonObject> ExistingPartyAsync(HttpClient client)
    {
        var page = await GetJsonAsync(client, "/api/v1/parties?limit=1");
        return JsonNode.Parse(page.GetProperty("items")[0].GetRawText())!.AsObject();
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    [Fact]
    public async Task AnAnalystsWriteTokenCreatesUpdatesAndDeletesARecordWithAuditAndChanges()
    {
        var tokens = await ApiTestTokens.ForAsync(factory);
        var client = ApiTestTokens.Client(factory, tokens.AnalystWrite);
        var party = await ExistingPartyAsync(client);
        party["name"] = "Groupe de contact API";
        var auditBefore = await CountAsync("SELECT COUNT(*) AS \"Value\" FROM \"AuditEntries\"");

        var created = await client.PostAsync("/api/v1/parties?reason=from%20the%20API", Json(party));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var record = JsonNode.Parse(await created.Content.ReadAsStringAsync())!.AsObject();
        var id = record["id"]!.GetValue<int>();
        Assert.Equal($"http://localhost/api/v1/parties/{id}", created.Headers.Location?.ToString());
        Assert.Null(record["externalId"]);
        Assert.Equal("Groupe de contact API", record["name"]!.GetValue<string>());

        record["nameInSource"] = "le groupe";
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/parties/{id}") { Content = Json(record) };
        update.Headers.IfMatch.Add(created.Headers.ETag!);
        var updated = await client.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(created.Headers.ETag, updated.Headers.ETag);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/parties/{id}") { Content = Json(record) };
        stale.Headers.IfMatch.Add(created.Headers.ETag!);
        var refused = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal(updated.Headers.ETag, refused.Headers.ETag);

        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/parties/{id}");
        delete.Headers.IfMatch.Add(updated.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync($"/api/v1/parties/{id}")).StatusCode);
        Assert.Equal(auditBefore + 3, await CountAsync("SELECT COUNT(*) AS \"Value\" FROM \"AuditEntries\""));

        var restored = await client.PostAsync($"/api/v1/parties/{id}/restore", null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);

        // The change feed, followed from the start, ends with those four changes of that record, deletion included.
        var changes = new List<JsonElement>();
        string? next = "/api/v1/changes?limit=500";
        while (true)
        {
            var feed = await GetJsonAsync(factory.CreateClient(), next!);
            changes.AddRange(feed.GetProperty("changes").EnumerateArray());
            if (!feed.GetProperty("more").GetBoolean()) break;
            next = feed.GetProperty("next").GetString();
        }

        var ours = changes.Where(c => c.GetProperty("type").GetString() == "parties" && c.GetProperty("id").GetInt32() == id).ToList();
        Assert.Equal(["Create", "Update", "Delete", "Restore"], ours.Select(c => c.GetProperty("action").GetString()));
        Assert.All(ours, c => Assert.Equal("le groupe", c.GetProperty("record").GetProperty("nameInSource").GetString()));
        Assert.DoesNotContain("api-analyst", string.Join("", ours.Select(c => c.GetRawText())));
    }

    [Fact]
    public async Task AWriteWithoutIfMatchAnswers428AndWritesNothing()
    {
        var tokens = await ApiTestTokens.ForAsync(factory);
        var client = ApiTestTokens.Client(factory, tokens.AnalystWrite);
        var party = await ExistingPartyAsync(client);
        var id = party["id"]!.GetValue<int>();
        party["name"] = "Changed without a version";

        var put = await client.PutAsync($"/api/v1/parties/{id}", Json(party));
        var delete = await client.DeleteAsync($"/api/v1/parties/{id}");

        Assert.Equal(HttpStatusCode.PreconditionRequired, put.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, delete.StatusCode);
        Assert.NotEqual("Changed without a version", (await ExistingPartyAsync(client))["name"]!.GetValue<string>());
    }

    public static TheoryData<string, string, string> BadBodies() => new()
    {
        { "{\"name\": \"x\",", "application/json", "not valid JSON" },
        { "[1, 2]", "application/json", "must be a JSON object" },
        { "{\"conflictId\": \"abc\"}", "application/json", "conflictId must be a whole number" },
        { "{\"kind\": \"Volcano\"}", "application/json", "kind must be one of" },
        { "{\"kind\": 3}", "application/json", "kind must be one of" },
        { "{\"colour\": \"red\"}", "application/json", "colour is not a field of this record" },
        { "{\"name\": null}", "application/json", "Name" },
        { "{\"name\": \"" + new string('x', 5000) + "\"}", "application/json", "too long" },
        { "name=x", "application/x-www-form-urlencoded", "must be JSON" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task ABodyThatCannotBeTakenAnswers4xxNamingTheFieldAndWritesNothing(string body, string contentType, string message)
    {
        var tokens = await ApiTestTokens.ForAsync(factory);
        var client = ApiTestTokens.Client(factory, tokens.AnalystWrite);
        var party = await ExistingPartyAsync(client);
        var before = await CountAsync("SELECT COUNT(*) AS \"Value\" FROM \"AuditEntries\"");

        var created = await client.PostAsync("/api/v1/parties", new StringContent(body, Encoding.UTF8, contentType));
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/parties/{party["id"]}") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        update.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{party["version"]}\""));
        var updated = await client.SendAsync(update);

        foreach (var response in new[] { created, updated })
        {
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, $"{response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains(message, JsonDocument.Parse(text).RootElement.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(before, await CountAsync("SELECT COUNT(*) AS \"Value\" FROM \"AuditEntries\""));
    }

    [Fact]
    public async Task ABodyOfTenMegabytesAnswers413AndWritesNothing()
    {
        var tokens = await ApiTestTokens.ForAsync(factory);
        var client = ApiTestTokens.Client(factory, tokens.AnalystWrite);
        var before = await CountAsync("SELECT COUNT(*) AS \"Value\" FROM \"AuditEntries\"");

        var response = await client.PostAsync("/api/v1/sources",
            new StringContent("{\"fullText\": \"" + new string('a', 10 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most", await response.ProblemDetailAsync());
        Assert.Equal(before, await CountAsync("SELECT COUNT(*) AS \"Value\" FROM \"AuditEntries\""));
    }

    [Fact]
    public async Task AValidationRuleIsNamedByFieldInTheProblem()
    {
        var tokens = await ApiTestTokens.ForAsync(factory);
        var client = ApiTestTokens.Client(factory, tokens.AnalystWrite);
        var report = (await GetJsonAsync(client, "/api/v1/casualty-reports?limit=1")).GetProperty("items")[0].GetRawText();
        var body = JsonNode.Parse(report)!.AsObject();
        body["low"] = 500;
        body["high"] = 10;
        body["quote"] = "words that are not in the source";

        var response = await client.PostAsync("/api/v1/casualty-reports", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.EnumerateObject().Count() >= 1);
        Assert.All(errors.EnumerateObject(), e => Assert.Equal(e.Name, RecordJsonName(e.Name)));
    }

    [Fact]
    public async Task ASavedWriteSaysWhatTheAnalystShouldCheckInItsWarnings()
    {
        var tokens = await ApiTestTokens.ForAsync(factory);
        var client = ApiTestTokens.Client(factory, tokens.AnalystWrite);
        var report = (await GetJsonAsync(client, "/api/v1/casualty-reports?limit=1")).GetProperty("items")[0];
        var rival = report.GetProperty("id").GetInt32();

        var response = await client.PostAsync("/api/v1/casualty-reports?reason=a%20second%20claim", Json(JsonNode.Parse(report.GetRawText())!.AsObject()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var warning = Assert.Single(created.GetProperty("warnings").EnumerateArray()).GetString();
        Assert.Contains($"Casualty report #{rival} ", warning);
        Assert.Contains("competing claims", warning);
        Assert.False((await GetJsonAsync(client, $"/api/v1/parties?limit=1")).GetProperty("items")[0].TryGetProperty("warnings", out _));

        // The class's other tests count the seed's reports.
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/casualty-reports/{created.GetProperty("id").GetInt32()}?reason=test%20done");
        delete.Headers.TryAddWithoutValidation("If-Match", response.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);
    }

    private static string RecordJsonName(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
