using System.Text.Json.Nodes;
using CeasefireTracker.Data.Seeding;
using CeasefireTracker.Features.Import;
using CeasefireTracker.Tests.Features.Api;
using CeasefireTracker.Tests.Features.Import;

namespace CeasefireTracker.Tests.Features.Editing;

/// <summary>
/// The same bad record gets the same message whichever way it is written: the seed file, the editor (the dialogs'
/// save), the API and the data set import all call the one validator.
/// </summary>
public sealed class OneValidatorEveryPathTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    /// <summary>A rule, the record it breaks, and how each path's input is made to break it.</summary>
    public sealed record BadRecord(string Rule, string Message, string SeedList, string ApiSlug, Action<Entity> Edit, Action<JsonObject> EditSeed,
        Action<JsonObject> EditApi)
    {
        public override string ToString() => Rule;
    }

    private static readonly BadRecord[] Cases =
    [
        new("negative figure", "Best estimate cannot be negative.", "casualtyReports", "casualty-reports",
            r => ((CasualtyReport)r).BestEstimate = -3, s => s["bestEstimate"] = -3, a => a["bestEstimate"] = -3),
        new("bounds the wrong way round", "Low bound cannot be above the high bound.", "casualtyReports", "casualty-reports",
            r => { ((CasualtyReport)r).Low = 500; ((CasualtyReport)r).High = 10; },
            s => { s["low"] = 500; s["high"] = 10; }, a => { a["low"] = 500; a["high"] = 10; }),
        new("period ending before it starts", "The period cannot end before it starts.", "casualtyReports", "casualty-reports",
            r => ((CasualtyReport)r).PeriodStart = new DateOnly(2020, 10, 20),
            s => s["periodStart"] = "2020-10-20", a => a["periodStart"] = "2020-10-20"),
        new("event ending before it starts", "The event cannot end before it starts.", "events", "events",
            r => ((TimelineEvent)r).EndedAtLocal = new DateTime(2020, 9, 1),
            s => s["endedAt"] = "2020-09-01T00:00:00", a => a["endedAtLocal"] = "2020-09-01T00:00:00"),
        new("unknown time zone", "“Mars/Olympus” is not a known time zone; use an IANA name such as Europe/Moscow.", "events", "events",
            r => ((TimelineEvent)r).TimeZoneId = "Mars/Olympus", s => s["timeZone"] = "Mars/Olympus", a => a["timeZoneId"] = "Mars/Olympus"),
    ];

    public static TheoryData<string> Rules => [.. Cases.Select(c => c.Rule)];

    private static BadRecord Case(string rule) => Cases.Single(c => c.Rule == rule);

    [Fact]
    public void EveryRuleIsTried() => Assert.Equal(5, Rules.Count);

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task TheSeedRefusesABadRecordWithTheValidatorsMessage(string rule)
    {
        var bad = Case(rule);
        var folder = Path.Combine(Path.GetTempPath(), $"ceasefire-bad-seed-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in Directory.GetFiles(TestDatabase.SeedDirectory)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            var json = Directory.GetFiles(folder, "*.json").Single();
            var seed = JsonNode.Parse(File.ReadAllText(json))!.AsObject();
            bad.EditSeed(seed[bad.SeedList]![0]!.AsObject());
            File.WriteAllText(json, seed.ToJsonString());
            await using var database = await TestDatabase.CreateAsync(seed: false);

            var error = await Assert.ThrowsAsync<SeedDataException>(() => database.SeedAsync(folder));

            Assert.Contains(bad.Message, error.Message);
            await using var db = database.CreateContext();
            Assert.Equal(0, await db.Sources.CountAsync()); // all or nothing
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task TheEditorRefusesABadRecordWithTheValidatorsMessage(string rule)
    {
        var bad = Case(rule);
        await using var database = await TestDatabase.CreateAsync();
        var editor = new RecordEditor(database.Factory, new TestUsers.Provider(TestUsers.Analyst), NullLogger<RecordEditor>.Instance);
        Entity record;
        await using (var db = database.CreateContext())
            record = bad.SeedList == "events"
                ? await db.TimelineEvents.AsNoTracking().OrderBy(e => e.Id).FirstAsync()
                : await db.CasualtyReports.AsNoTracking().OrderBy(r => r.Id).FirstAsync();
        bad.Edit(record);

        var result = await editor.UpdateAsync(record, "a bad edit");

        Assert.False(result.Succeeded);
        Assert.Contains(bad.Message, result.AllMessages);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task TheApiRefusesABadRecordWithTheValidatorsMessage(string rule)
    {
        var bad = Case(rule);
        var client = ApiTestTokens.Client(app, (await ApiTestTokens.ForAsync(app)).AnalystWrite);
        var list = JsonNode.Parse(await client.GetStringAsync($"/api/v1/{bad.ApiSlug}?limit=1"))!;
        var body = list["items"]![0]!.AsObject();
        bad.EditApi(body);

        var response = await client.PostAsync($"/api/v1/{bad.ApiSlug}", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains(bad.Message, errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()));
    }

    [Fact]
    public async Task TheImportRefusesABadFigureWithTheValidatorsMessage()
    {
        await using var import = await ImportFixture.CreateAsync();
        var file = import.Ged(3, (i, row) => { if (i == 1) row["deaths_a"] = "-3"; });

        var plan = await import.Planner.PlanAsync(
            new ImportRequest(file, Path.GetFileName(file), "23.1", CompleteDataSet: true, ConflictId: await import.ConflictIdAsync()));

        Assert.Contains(Case("negative figure").Message, Assert.Single(plan.Report.Refused).Reason);
    }
}
