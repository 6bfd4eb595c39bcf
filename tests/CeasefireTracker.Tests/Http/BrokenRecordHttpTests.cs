namespace CeasefireTracker.Tests.Http;

/// <summary>A record with a coded value no member names (a bad import, a hand edit) shows as "unknown"; the pages still load.</summary>
[Collection(StoreGenerationSensitive.Name)]
public sealed class BrokenRecordHttpTests(BrokenRecordHttpTests.Factory factory) : IClassFixture<BrokenRecordHttpTests.Factory>
{
    public sealed class Factory : TrackerAppFactory;

    [Fact]
    public async Task CasualtyReportsWithUnknownCodedValuesShowAsUnknownAndThePagesStillLoad()
    {
        _ = factory.Services; // migrated and seeded
        await using (var db = factory.CreateStoreContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"CasualtyReports\" SET \"Kind\" = 99, \"Category\" = 98");

        var casualties = await factory.GetPageAsync("/casualties");
        var home = await factory.GetPageAsync("/");

        Assert.Contains("unknown (99)", casualties);
        foreach (var html in new[] { casualties, home })
            Assert.DoesNotContain("could not be", html.Replace("Part of this address could not be used", ""));
    }
}
