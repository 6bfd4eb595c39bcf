namespace CeasefireTracker.BrowserTests.Editing;

/// <summary>An analyst names who took part in an event in its dialog; the timeline's party filter then finds it.</summary>
public sealed class RecordPartiesBrowserTests(BrowserAppFixture app) : SignedInBrowserTestBase(app)
{
    [Fact]
    public async Task AnAnalystAddsAPartyToAnEventAndTheTimelinesPartyFilterFindsIt()
    {
        int eventId, turkey;
        string title;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var talks = await db.TimelineEvents.AsNoTracking().SingleAsync(e => e.ExternalId == "event-agreement-to-talks");
            (eventId, title) = (talks.Id, talks.Title);
            turkey = await db.Parties.Where(p => p.ExternalId == "party-turkey").Select(p => p.Id).SingleAsync();
        }
        var manage = await ManagingAsync("events");

        await manage.EditAsync("event", eventId);
        await manage.AddChoiceAsync("Parties", "Turkey");
        await manage.SaveAsync();

        await Expect(manage.Snackbar("Event saved.")).ToBeVisibleAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            Assert.Contains(turkey, await db.TimelineEvents.Where(e => e.Id == eventId).SelectMany(e => e.Parties).Select(p => p.Id).ToListAsync());
        }
        var reader = await App.NewPageAsync();
        await reader.GotoAsync($"timeline?party={turkey}");
        await Expect(reader.GetByRole(Microsoft.Playwright.AriaRole.Main)).ToContainTextAsync(title);
    }

    [Fact]
    public async Task AnAnalystAddsAPartyToACeasefireAndItsCardNamesIt()
    {
        int ceasefireId;
        await using (var scope = App.Services.CreateAsyncScope())
            ceasefireId = await scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Ceasefires.Select(c => c.Id).SingleAsync();
        var manage = await ManagingAsync("ceasefires");

        await manage.EditAsync("ceasefire", ceasefireId);
        await manage.AddChoiceAsync("Parties", "OSCE Minsk Group");
        await manage.SaveAsync();

        await Expect(manage.Snackbar("Ceasefire saved.")).ToBeVisibleAsync();
        var reader = await App.NewPageAsync();
        await reader.GotoAsync("ceasefires");
        await Expect(reader.GetByTestId("ceasefire-card")).ToContainTextAsync("OSCE Minsk Group");
    }
}
