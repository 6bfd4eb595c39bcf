using CeasefireTracker.Components.Shared;
using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Editing;
using CeasefireTracker.Features.Statements;
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

    /// <summary>The list narrowed by the address; every key or value that cannot be read is named in <paramref name="problems"/>.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, RecordKind kind, IQueryCollection q, List<string> problems) where T : Entity
    {
        var keys = kind.FilterKeys;
        foreach (var key in q.Keys.Where(k => !keys.Contains(k) && !Paging.Contains(k)))
            problems.Add($"\"{key}\" is not a filter of {kind.Plural.ToLowerInvariant()}. Filters: {(keys.Count == 0 ? "none" : string.Join(", ", keys))}.");
        var read = ListQuery.From(q);
        var conflict = read.RecordId("conflict");
        switch (query)
        {
            case IQueryable<CasualtyReport> reports:
            {
                var (filter, _) = CasualtyQueryString.Parse(read);
                problems.AddRange(read.Problems);
                return (IQueryable<T>)CasualtyReportQuery.Apply(reports, filter with { ConflictId = conflict });
            }
            case IQueryable<TimelineEvent> events:
            {
                var filter = TimelineFilter.Parse(read);
                problems.AddRange(read.Problems);
                if (conflict is { } c) events = events.Where(e => e.ConflictId == c);
                if (filter.PartyId is { } party) events = events.Where(e => e.Parties.Any(p => p.Id == party));
                if (filter.Kind is { } eventKind) events = events.Where(e => e.Kind == eventKind);
                if (filter.From?.ToDateTime(TimeOnly.MinValue) is { } from) events = events.Where(e => e.OccurredAtLocal >= from);
                if (filter.To?.AddDays(1).ToDateTime(TimeOnly.MinValue) is { } before) events = events.Where(e => e.OccurredAtLocal < before);
                return (IQueryable<T>)events;
            }
            case IQueryable<Statement> statements:
            {
                var (filter, _) = StatementFilter.Parse(read);
                problems.AddRange(read.Problems);
                var (party, speaker) = (filter.PartyId, filter.SpeakerId);
                if (conflict is { } c) statements = statements.Where(s => s.ConflictId == c);
                if (party is not null) statements = statements.Where(s => s.OnBehalfOfPartyId == party);
                if (speaker is not null) statements = statements.Where(s => s.SpeakerId == speaker);
                return (IQueryable<T>)statements;
            }
            default:
                problems.AddRange(read.Problems);
                if (conflict is { } id && kind.ClrType.GetProperty("ConflictId") is not null)
                    query = query.Where(e => Microsoft.EntityFrameworkCore.EF.Property<int>(e, "ConflictId") == id);
                return query;
        }
    }
}
