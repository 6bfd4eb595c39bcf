using CeasefireTracker.Components.Shared;
using CeasefireTracker.Domain;
using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Editing;
using CeasefireTracker.Features.Timeline;

namespace CeasefireTracker.Features.Api;

/// <summary>
/// The filters of the API's lists: the list pages' own keys, read by the pages' own parsers (casualty reports:
/// <see cref="CasualtyQueryString"/>; events: <see cref="TimelineFilter.Parse"/>; statements: party and speaker as
/// the statements page reads them), plus <c>conflict</c> for every record that belongs to one.
/// </summary>
public static class ApiFilters
{
    public static readonly string[] Paging = ["cursor", "limit"];

    public static IReadOnlyList<string> KeysOf(RecordKind kind) => kind.Slug switch
    {
        "casualty-reports" => ["conflict", "side", "reporter", "category", "kind", "qualifier", "from", "to"],
        "events" => ["conflict", "party", "kind", "from", "to"],
        "statements" => ["conflict", "party", "speaker"],
        _ => kind.ClrType.GetProperty("ConflictId") is not null ? ["conflict"] : [],
    };

    /// <summary>The list narrowed by the address; every key or value that cannot be read is named in <paramref name="problems"/>.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, RecordKind kind, IQueryCollection q, List<string> problems) where T : Entity
    {
        var keys = KeysOf(kind);
        foreach (var key in q.Keys.Where(k => !keys.Contains(k) && !Paging.Contains(k)))
            problems.Add($"\"{key}\" is not a filter of {kind.Plural.ToLowerInvariant()}. Filters: {(keys.Count == 0 ? "none" : string.Join(", ", keys))}.");
        string? Get(string key) => q.TryGetValue(key, out var v) ? v.ToString() : null;

        var conflict = QueryStringValues.PositiveInt("conflict", Get("conflict"), problems, "it cannot filter");
        switch (query)
        {
            case IQueryable<CasualtyReport> reports:
            {
                var (filter, found) = CasualtyQueryString.Parse(new CasualtyQueryValues(Get("side"), Get("reporter"), Get("category"),
                    Get("kind"), Get("qualifier"), Get("from"), Get("to")));
                problems.AddRange(found);
                return (IQueryable<T>)CasualtyReportQuery.Apply(reports, filter with { ConflictId = conflict });
            }
            case IQueryable<TimelineEvent> events:
            {
                var filter = TimelineFilter.Parse(Get("party"), Get("kind"), Get("from"), Get("to"), out var found);
                problems.AddRange(found);
                if (conflict is { } c) events = events.Where(e => e.ConflictId == c);
                if (filter.PartyId is { } party) events = events.Where(e => e.Parties.Any(p => p.Id == party));
                if (filter.Kind is { } eventKind) events = events.Where(e => e.Kind == eventKind);
                if (filter.From?.ToDateTime(TimeOnly.MinValue) is { } from) events = events.Where(e => e.OccurredAtLocal >= from);
                if (filter.To?.AddDays(1).ToDateTime(TimeOnly.MinValue) is { } before) events = events.Where(e => e.OccurredAtLocal < before);
                return (IQueryable<T>)events;
            }
            case IQueryable<Statement> statements:
            {
                var party = QueryStringValues.PositiveInt("party", Get("party"), problems, "showing every party");
                var speaker = QueryStringValues.PositiveInt("speaker", Get("speaker"), problems, "showing every speaker");
                if (conflict is { } c) statements = statements.Where(s => s.ConflictId == c);
                if (party is not null) statements = statements.Where(s => s.OnBehalfOfPartyId == party);
                if (speaker is not null) statements = statements.Where(s => s.SpeakerId == speaker);
                return (IQueryable<T>)statements;
            }
            default:
                if (conflict is { } id && kind.ClrType.GetProperty("ConflictId") is not null)
                    query = query.Where(e => Microsoft.EntityFrameworkCore.EF.Property<int>(e, "ConflictId") == id);
                return query;
        }
    }
}
