using CeasefireTracker.Features.Timeline;
using CeasefireTracker.Tests.Features.Generation;

namespace CeasefireTracker.Tests.Features.Timeline;

/// <summary>"Load earlier" through a generated timeline (400 events, 60 statements) on the store the run is for.</summary>
public sealed class TimelinePagingTests(GeneratedStore store) : IClassFixture<GeneratedStore>
{
    [Fact]
    public async Task LoadingEarlierEntriesTwoAtATimeReadsEveryEntryOnceWhereManyShareATime()
    {
        await TieEveryFifthEventToTheOneBeforeAsync();
        var query = new TimelineQuery(store.Factory);
        var all = (await query.ReadAsync(new TimelineFilter(), limit: 100_000)).Entries;
        // Entries of one table at one time: the cursor's (time, Id) order is what keeps them apart.
        var tied = all.GroupBy(e => (e.SortUtc, e.RecordType)).Count(g => g.Count() > 1);
        Assert.True(tied >= 10, $"only {tied} times shared by two entries of one kind: too few to test");

        var paged = new List<TimelineEntry>();
        TimelineCursor? cursor = null;
        do
        {
            var page = await query.ReadAsync(new TimelineFilter(), limit: 2, before: cursor);
            paged.AddRange(page.Entries);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(all.Select(e => (e.RecordType, e.RecordId)), paged.Select(e => (e.RecordType, e.RecordId)));
    }

    /// <summary>The generator seldom gives two events one time; these do (local and UTC time both, as one report would).</summary>
    private async Task TieEveryFifthEventToTheOneBeforeAsync()
    {
        await using var db = store.CreateContext();
        var times = await db.TimelineEvents.Select(e => new { e.Id, e.OccurredAtLocal, e.OccurredAtUtc }).ToDictionaryAsync(e => e.Id);
        foreach (var id in times.Keys.Where(id => id % 5 == 0 && times.ContainsKey(id - 1)))
        {
            var earlier = times[id - 1];
            await db.TimelineEvents.Where(e => e.Id == id).ExecuteUpdateAsync(set => set
                .SetProperty(e => e.OccurredAtLocal, earlier.OccurredAtLocal).SetProperty(e => e.OccurredAtUtc, earlier.OccurredAtUtc));
        }
    }
}
