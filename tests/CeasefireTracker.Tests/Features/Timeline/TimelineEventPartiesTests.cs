namespace CeasefireTracker.Tests.Features.Timeline;

/// <summary>An event an analyst writes names its parties, so the timeline's party filter finds it.</summary>
public sealed class TimelineEventPartiesTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private RecordEditor Editor => TestUsers.Editor(factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>());

    private async Task<(int Russia, int Armenia, TimelineEvent Event)> NewEventAsync(string title)
    {
        await factory.GetPageAsync("/timeline");
        await using var db = factory.CreateStoreContext();
        var russia = await db.Parties.Where(p => p.ExternalId == "party-russia").Select(p => p.Id).SingleAsync();
        var armenia = await db.Parties.Where(p => p.ExternalId == "party-armenia").Select(p => p.Id).SingleAsync();
        var source = await db.Sources.FirstAsync();
        var conflict = await db.Conflicts.Select(c => c.Id).FirstAsync();
        return (russia, armenia, new TimelineEvent
        {
            ConflictId = conflict, Kind = EventKind.Talks, Title = title, OccurredAtLocal = new DateTime(2020, 10, 9),
            Precision = TimePrecision.Day, TimeZoneId = "Europe/Moscow", TimeZoneBasis = TimeZoneBasis.Implied,
            SourceId = source.Id, Quote = "ces combats qui ont repris le 27 septembre dernier", PartyIds = [russia],
        });
    }

    [Fact]
    public async Task AnEventCreatedWithAPartyThroughTheEditorIsUnderThatPartysFilterOnTheTimeline()
    {
        var (russia, armenia, created) = await NewEventAsync("Hand-written talks with Russia");

        var result = await Editor.CreateAsync(created);

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        Assert.Contains("Hand-written talks with Russia", await factory.GetPageAsync($"/timeline?party={russia}"));
        Assert.DoesNotContain("Hand-written talks with Russia", await factory.GetPageAsync($"/timeline?party={armenia}"));
    }

    [Fact]
    public async Task ChangingAnEventsPartiesIsAuditedAndUndoingTheChangePutsThemBack()
    {
        var (russia, armenia, created) = await NewEventAsync("Talks whose parties change");
        var saved = (TimelineEvent)(await Editor.CreateAsync(created)).Record!;
        var edited = (TimelineEvent)(await RecordKind.Of(typeof(TimelineEvent)).FindAsync(
            factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>(), saved.Id))!;
        Assert.Equal([russia], edited.PartyIds);
        edited.PartyIds = [russia, armenia];

        var updated = await Editor.UpdateAsync(edited, "Armenia took part too");

        Assert.Equal(EditOutcome.Saved, updated.Outcome);
        Assert.Contains("Talks whose parties change", await factory.GetPageAsync($"/timeline?party={armenia}"));
        await using var db = factory.CreateStoreContext();
        var change = await db.AuditEntries.OrderBy(a => a.Id).LastAsync(a => a.EntityType == "TimelineEvent" && a.EntityId == saved.Id);
        Assert.Contains($"\"Parties\":[{russia}]", change.BeforeJson);
        Assert.Contains($"\"Parties\":[{string.Join(",", new[] { russia, armenia }.Order())}]", change.AfterJson);

        var reverted = await Editor.RevertAsync(change.Id, updated.Record!.Version, toBefore: true);

        Assert.Equal(EditOutcome.Saved, reverted.Outcome);
        Assert.DoesNotContain("Talks whose parties change", await factory.GetPageAsync($"/timeline?party={armenia}"));
        Assert.Contains("Talks whose parties change", await factory.GetPageAsync($"/timeline?party={russia}"));
    }
}
