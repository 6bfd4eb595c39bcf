namespace CeasefireTracker.Tests.Http;

/// <summary>A record whose stored date cannot be read is left out and named; the pages show the rest.</summary>
[Collection(StoreGenerationSensitive.Name)]
public sealed class UnreadableRecordHttpTests(UnreadableRecordHttpTests.Factory factory) : IClassFixture<UnreadableRecordHttpTests.Factory>
{
    public sealed class Factory : TrackerAppFactory;

    /// <summary>SQLite keeps dates as text: a hand edit or a foreign tool can leave one that is not a date.</summary>
    [Fact, Trait("Category", TestStore.SqliteOnly)]
    public async Task AReportWithAnUnreadableDateIsNamedAndThePagesShowTheRest()
    {
        _ = factory.Services;
        int brokenId;
        await using (var db = factory.CreateStoreContext())
        {
            brokenId = await db.CasualtyReports.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE \"CasualtyReports\" SET \"PeriodEnd\" = 'yesterday' WHERE \"Id\" = {0}", brokenId);
        }

        var casualties = await factory.GetPageAsync("/casualties");
        var home = await factory.GetPageAsync("/");

        foreach (var html in new[] { casualties, home })
        {
            Assert.DoesNotContain("could not be loaded", html);
            Assert.DoesNotContain("could not be read from the store", html);
            Assert.Contains($"Casualty report #{brokenId}", html);
            Assert.Contains("yesterday", html);
        }
    }

    [Fact, Trait("Category", TestStore.SqliteOnly)]
    public async Task AnEventWithAnUnreadableTimeIsNamedAndTheTimelineShowsTheRest()
    {
        _ = factory.Services;
        int brokenId;
        string otherTitle;
        await using (var db = factory.CreateStoreContext())
        {
            brokenId = await db.TimelineEvents.Where(e => e.ExternalId == "event-agreement-to-talks").Select(e => e.Id).SingleAsync();
            otherTitle = await db.TimelineEvents.Where(e => e.ExternalId == "event-fighting-resumed-2020-09-27").Select(e => e.Title).SingleAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE \"TimelineEvents\" SET \"OccurredAtLocal\" = 'le 9 octobre' WHERE \"Id\" = {0}", brokenId);
        }

        var timeline = await factory.GetPageAsync("/timeline");

        Assert.DoesNotContain("could not be read from the store", timeline);
        Assert.Contains($"Timeline event #{brokenId} could not be read", timeline);
        Assert.Contains(otherTitle, timeline);
    }
}
