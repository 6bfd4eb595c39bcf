using CeasefireTracker.Features.Timeline;

namespace CeasefireTracker.Tests.Features.Timeline;

public sealed class TimelineQueryTests : DatabaseTestBase
{

    private TimelineQuery Query => new(Database.Factory);

    [Fact]
    public async Task MergesEventsCeasefireMilestonesAndDatedStatementsLatestFirst()
    {
        var page = await Query.ReadAsync(new TimelineFilter());

        // 7 events, the ceasefire announced and in force, 4 dated statements (one is undated).
        Assert.Equal(13, page.Entries.Count);
        Assert.Null(page.Next);
        Assert.Equal(page.Entries.OrderByDescending(e => e.SortUtc).Select(e => e.SortUtc), page.Entries.Select(e => e.SortUtc));
        Assert.Equal(2, page.Entries.Count(e => e.RecordType is TimelineRecordType.CeasefireAnnounced or TimelineRecordType.CeasefireInForce));
        Assert.Equal(4, page.Entries.Count(e => e.RecordType == TimelineRecordType.Statement));
    }

    [Fact]
    public async Task PagingWithTheCursorReadsEveryEntryOnceInTheSameOrder()
    {
        var all = (await Query.ReadAsync(new TimelineFilter())).Entries;
        var paged = new List<TimelineEntry>();
        TimelineCursor? cursor = null;
        do
        {
            var page = await Query.ReadAsync(new TimelineFilter(), limit: 2, before: cursor);
            // A page may run on towards the end of its last day (at most 4 times the limit: 9 October has 9 entries).
            Assert.InRange(page.Entries.Count, 1, 8);
            paged.AddRange(page.Entries);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(all.Select(e => (e.RecordType, e.RecordId)), paged.Select(e => (e.RecordType, e.RecordId)));
    }

    [Fact]
    public async Task FiltersByKindPartyAndLocalDateRange()
    {
        await using var db = Database.CreateContext();
        var russia = await db.Parties.SingleAsync(p => p.ExternalId == "party-russia");

        var fighting = await Query.ReadAsync(new TimelineFilter(Kind: EventKind.Fighting));
        Assert.Equal(2, fighting.Entries.Count);
        Assert.All(fighting.Entries, e => Assert.Equal(EventKind.Fighting, e.Kind));

        var forRussia = await Query.ReadAsync(new TimelineFilter(PartyId: russia.Id));
        Assert.Contains(forRussia.Entries, e => e.RecordType == TimelineRecordType.CeasefireAnnounced);
        Assert.Equal(2, forRussia.Entries.Count(e => e.RecordType == TimelineRecordType.Statement));
        Assert.DoesNotContain(forRussia.Entries, e => e.Title == "Fighting resumes");

        // The in-force milestone is midnight 10 October in Moscow, 9 October in UTC: the range reads the local day.
        var tenth = await Query.ReadAsync(new TimelineFilter(From: new DateOnly(2020, 10, 10), To: new DateOnly(2020, 10, 10)));
        Assert.All(tenth.Entries, e => Assert.Equal(new DateOnly(2020, 10, 10), e.LocalDay));
        Assert.Contains(tenth.Entries, e => e.RecordType == TimelineRecordType.CeasefireInForce);
    }

    [Fact]
    public async Task GroupsByTheSourcesDayLatestDayFirst()
    {
        var days = TimelineQuery.GroupByDay((await Query.ReadAsync(new TimelineFilter())).Entries);

        Assert.Equal([new DateOnly(2020, 10, 10), new DateOnly(2020, 10, 9), new DateOnly(2020, 9, 27)], days.Select(d => d.Day));
        Assert.All(days, d => Assert.Equal(d.Entries.OrderByDescending(e => e.SortUtc).Select(e => e.SortUtc), d.Entries.Select(e => e.SortUtc)));
        Assert.Equal("10 Oct 2020 00:00, Moscow time (UTC+3), implied",
            days[0].Entries.Single(e => e.RecordType == TimelineRecordType.CeasefireInForce).When);
    }

    [Fact]
    public async Task DeletedRecordsStayOffTheTimeline()
    {
        await using (var db = Database.CreateContext())
        {
            (await db.TimelineEvents.SingleAsync(e => e.ExternalId == "event-fighting-resumed-2020-09-27")).IsDeleted = true;
            await db.SaveChangesAsync();
        }

        var page = await Query.ReadAsync(new TimelineFilter());
        Assert.DoesNotContain(page.Entries, e => e.Title == "Fighting resumes");
    }
}
