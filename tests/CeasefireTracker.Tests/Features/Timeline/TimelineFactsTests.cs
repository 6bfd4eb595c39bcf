using CeasefireTracker.Features.Timeline;

namespace CeasefireTracker.Tests.Features.Timeline;

/// <summary>The timeline shows each fact once: the records describing one thing are one entry with its parts.</summary>
public sealed class TimelineFactsTests : DatabaseTestBase
{

    private TimelineQuery Query => new(Database.Factory);

    private async Task<IReadOnlyList<TimelineDay>> SeedDaysAsync() =>
        TimelineQuery.GroupByDay((await Query.ReadAsync(new TimelineFilter())).Entries);

    [Fact]
    public async Task TheNinthOfOctoberShowsItsNineRecordsAsFiveFacts()
    {
        var ninth = (await SeedDaysAsync()).Single(d => d.Day == new DateOnly(2020, 10, 9));

        Assert.Equal(9, ninth.Facts.Sum(f => f.Entries.Count));
        Assert.Equal(5, ninth.Facts.Count);
        var talks = ninth.Facts.Single(f => f.Lead.Title == "High-level talks in Moscow end in a ceasefire");
        Assert.Equal([TimelineRecordType.CeasefireAnnounced], talks.Parts.Select(p => p.RecordType));
        var lavrov = ninth.Facts.Single(f => f.Lead.Title == "Lavrov announces a ceasefire between Azerbaijan and Armenia");
        Assert.Equal(["Statement by Sergey Lavrov for Russia"], lavrov.Parts.Select(p => p.Title));
        var kalin = ninth.Facts.Single(f => f.Lead.Title.StartsWith("Turkish presidency", StringComparison.Ordinal));
        Assert.Equal(["Statement by Ibrahim Kalin for Turkey"], kalin.Parts.Select(p => p.Title));
    }

    [Fact]
    public async Task TheCeasefireComingIntoForceIsOneFactWithItsEvent()
    {
        var tenth = (await SeedDaysAsync()).Single(d => d.Day == new DateOnly(2020, 10, 10));

        var fact = Assert.Single(tenth.Facts);
        Assert.Equal(TimelineRecordType.Event, fact.Lead.RecordType);
        Assert.Equal([TimelineRecordType.CeasefireInForce], fact.Parts.Select(p => p.RecordType));
        Assert.Equal(["Armenia", "Azerbaijan"], fact.Parties);
    }

    [Fact]
    public async Task AnEventWithASpanShowsItsFirstAndLastDay()
    {
        var september = (await SeedDaysAsync()).Single(d => d.Day == new DateOnly(2020, 9, 27));

        Assert.Equal(2, september.Facts.Count);
        var span = september.Facts.Single(f => f.Lead.Title == "13 days of intense fighting in Nagorno-Karabakh");
        Assert.Equal("27 Sept – 9 Oct 2020, Baku time (UTC+4), implied", span.Lead.When);
    }

    [Fact]
    public void RecordsQuotingTheSamePassageOfDifferentSourcesStayApart()
    {
        var day = new DateOnly(2020, 10, 9);
        TimelineEntry Entry(TimelineRecordType type, int id, int sourceId) => new(type, id, EventKind.Announcement, $"{type} {id}", null,
            day, day.ToDateTime(TimeOnly.MinValue), "9 Oct 2020", ["Russia"], sourceId, "the same words", 10);

        var facts = TimelineFacts.Group([Entry(TimelineRecordType.Event, 1, sourceId: 1), Entry(TimelineRecordType.Statement, 2, sourceId: 2),
            Entry(TimelineRecordType.Statement, 3, sourceId: 1)]);

        Assert.Equal(2, facts.Count);
        Assert.Empty(facts.Single(f => f.Lead.RecordId == 2).Parts);
        Assert.Equal([3], facts.Single(f => f.Lead.RecordId == 1).Parts.Select(p => p.RecordId));
    }

    [Fact]
    public async Task APageEndsWhereADayEndsSoNoFactIsSplit()
    {
        var first = await Query.ReadAsync(new TimelineFilter(), limit: 5);

        // 2 entries on 10 October and 9 on the 9th: the page runs on to the end of the 9th.
        Assert.Equal(11, first.Entries.Count);
        Assert.All(first.Entries, e => Assert.True(e.LocalDay >= new DateOnly(2020, 10, 9)));
        var rest = await Query.ReadAsync(new TimelineFilter(), limit: 5, before: first.Next);
        Assert.Equal(2, rest.Entries.Count);
        Assert.Null(rest.Next);
    }
}
