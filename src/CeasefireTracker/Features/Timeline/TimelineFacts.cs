namespace CeasefireTracker.Features.Timeline;

/// <summary>
/// One thing that happened, as the timeline shows it: the record that tells it best (<see cref="Lead"/>) and the
/// other records of that day that describe the same thing (<see cref="Parts"/>).
/// </summary>
public sealed record TimelineFact(TimelineEntry Lead, IReadOnlyList<TimelineEntry> Parts)
{
    public IReadOnlyList<TimelineEntry> Entries => [Lead, .. Parts];

    /// <summary>Everyone named by any of the parts, once each, by name.</summary>
    public IReadOnlyList<string> Parties => Entries.SelectMany(e => e.Parties).Distinct().Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// Decides which timeline records of one day describe the same fact. The store keeps no link between an event, a
/// statement and a ceasefire, so the rule reads what the records share:
/// <list type="number">
/// <item>records that quote overlapping words of the same source are one fact (an analyst drew both from that passage:
/// "Lavrov announces a ceasefire" the event and Lavrov's statement announcing it);</item>
/// <item>a ceasefire's announcement is one fact with that day's "ceasefire agreed" or "talks" events, and its entry
/// into force with that day's "ceasefire in force" events, when those events name every party to the ceasefire.</item>
/// </list>
/// Both rules join transitively. An event leads (it has a title and description of its own), then a ceasefire
/// milestone, then a statement; the others are listed as parts, each keeping its own source link and controls.
/// </summary>
public static class TimelineFacts
{
    /// <summary>Groups one day's entries (in timeline order) into facts, each where its first record stood.</summary>
    public static IReadOnlyList<TimelineFact> Group(IReadOnlyList<TimelineEntry> day)
    {
        var root = Enumerable.Range(0, day.Count).ToArray();
        int Find(int i) => root[i] == i ? i : root[i] = Find(root[i]);
        void Join(int a, int b) => root[Find(b)] = Find(a);

        for (var a = 0; a < day.Count; a++)
        for (var b = a + 1; b < day.Count; b++)
            if (QuoteTheSamePassage(day[a], day[b]) || MilestoneOfEvent(day[a], day[b]) || MilestoneOfEvent(day[b], day[a]))
                Join(Math.Min(a, b), Math.Max(a, b));

        return Enumerable.Range(0, day.Count)
            .GroupBy(Find)
            .OrderBy(g => g.Min())
            .Select(g =>
            {
                var members = g.OrderBy(i => LeadRank(day[i].RecordType)).ThenBy(i => i).Select(i => day[i]).ToList();
                return new TimelineFact(members[0], members.Skip(1).ToList());
            })
            .ToList();
    }

    private static bool QuoteTheSamePassage(TimelineEntry a, TimelineEntry b) =>
        a.SourceId == b.SourceId && a.Quote.Length > 0 && b.Quote.Length > 0
        && a.QuoteStart < b.QuoteStart + b.Quote.Length && b.QuoteStart < a.QuoteStart + a.Quote.Length;

    private static bool MilestoneOfEvent(TimelineEntry milestone, TimelineEntry @event)
    {
        if (@event.RecordType != TimelineRecordType.Event) return false;
        var kinds = milestone.RecordType switch
        {
            TimelineRecordType.CeasefireAnnounced => [EventKind.CeasefireAgreed, EventKind.Talks],
            TimelineRecordType.CeasefireInForce => new[] { EventKind.CeasefireInForce },
            _ => [],
        };
        return kinds.Contains(@event.Kind) && milestone.Parties.Count > 0 && milestone.Parties.All(@event.Parties.Contains);
    }

    private static int LeadRank(TimelineRecordType type) => type switch
    {
        TimelineRecordType.Event => 0,
        TimelineRecordType.CeasefireAnnounced or TimelineRecordType.CeasefireInForce => 1,
        _ => 2,
    };
}
