using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Export;
using System.Linq.Expressions;

namespace CeasefireTracker.Features.Timeline;

/// <summary>Which table a timeline entry comes from; also the tie-breaker of the keyset order.</summary>
public enum TimelineRecordType
{
    Statement = 0,
    CeasefireAnnounced = 1,
    CeasefireInForce = 2,
    Event = 3,
}

public static class TimelineRecordTypes
{
    /// <summary>The record an entry shows: a ceasefire's two milestones are both the ceasefire.</summary>
    public static Type ClrType(this TimelineRecordType type) => type switch
    {
        TimelineRecordType.Event => typeof(TimelineEvent),
        TimelineRecordType.Statement => typeof(Statement),
        TimelineRecordType.CeasefireAnnounced or TimelineRecordType.CeasefireInForce => typeof(Ceasefire),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A timeline entry of no known record type."),
    };
}

public sealed record TimelineFilter(int? PartyId = null, EventKind? Kind = null, DateOnly? From = null, DateOnly? To = null)
{
    public const string Path = "timeline";
    public const string DateFormat = ListQueryWriter.DateFormat;

    /// <summary>The keys in the order addresses write them; "before" is the position of an earlier page.</summary>
    public static readonly IReadOnlyList<ListQueryKey> Keys = [new("party"), new("kind"), new("from"), new("to"), new("before")];

    /// <summary>
    /// Reads the timeline's query-string values. A value that cannot be read is left out of the filter and named in
    /// the query's problems, so a bad link still shows a page.
    /// </summary>
    public static TimelineFilter Parse(ListQuery query)
    {
        var partyId = query.PositiveInt("party", "showing every party");
        var eventKind = query.Enum<EventKind>("kind", "showing every kind");
        var fromDate = query.Date("from");
        var toDate = query.Date("to");
        if (fromDate is not null && toDate is not null && fromDate > toDate)
        {
            query.Problem($"from {fromDate:yyyy-MM-dd} is after to {toDate:yyyy-MM-dd}; the date range is ignored.");
            fromDate = toDate = null;
        }

        return new TimelineFilter(partyId, eventKind, fromDate, toDate);
    }

    /// <summary>Reads a filter from named values; the problems are the query's.</summary>
    public static TimelineFilter Parse(string? party, string? kind, string? from, string? to, out IReadOnlyList<string> problems)
    {
        var query = ListQuery.Of(("party", party), ("kind", kind), ("from", from), ("to", to));
        var filter = Parse(query);
        problems = query.Problems;
        return filter;
    }

    /// <summary>The address of this filter, at the newest entries or at those before <paramref name="before"/>.</summary>
    public string Format(TimelineCursor? before = null) => new ListQueryWriter(Path)
        .Add("party", PartyId).Add("kind", Kind).Add("from", From).Add("to", To).Add("before", before?.Format())
        .ToString();
}

/// <summary>Position after the last entry read: entries strictly older in (SortUtc, RecordType, Id) descending order.</summary>
public sealed record TimelineCursor(DateTime SortUtc, TimelineRecordType RecordType, int Id)
{
    /// <summary>As the address writes it: UTC ticks, record type and id, dot-separated.</summary>
    public string Format() => FormattableString.Invariant($"{SortUtc.Ticks}.{(int)RecordType}.{Id}");

    /// <summary>Reads the "before" value of a timeline address; a bad one is named and the newest entries are shown.</summary>
    public static TimelineCursor? Parse(ListQuery query)
    {
        if (query["before"] is not { } value) return null;
        var parts = value.Split('.');
        if (parts.Length == 3
            && long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTime.MaxValue.Ticks
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var type)
            && Enum.IsDefined((TimelineRecordType)type)
            && int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return new TimelineCursor(new DateTime(ticks, DateTimeKind.Utc), (TimelineRecordType)type, id);
        query.Problem($"before \"{value}\" is not a position in the timeline; the newest entries are shown.");
        return null;
    }
}

public sealed record TimelineEntry(
    TimelineRecordType RecordType,
    int RecordId,
    EventKind Kind,
    string Title,
    string? Description,
    DateOnly LocalDay,
    DateTime SortUtc,
    string When,
    IReadOnlyList<string> Parties,
    int SourceId,
    string Quote,
    int QuoteStart,
    DataSetCitation? DataSetRow = null)
{
    public TimelineCursor Cursor => new(SortUtc, RecordType, RecordId);
}

/// <summary>One day of the timeline: its entries in timeline order, and the facts they make (<see cref="TimelineFacts"/>).</summary>
public sealed record TimelineDay(DateOnly Day, IReadOnlyList<TimelineEntry> Entries)
{
    public IReadOnlyList<TimelineFact> Facts { get; } = TimelineFacts.Group(Entries);
}

public sealed record TimelineResult(IReadOnlyList<TimelineEntry> Entries, TimelineCursor? Next);

/// <summary>
/// Reads the timeline newest first: events, ceasefire milestones (announced, in force) and dated statements merged
/// in time order. Each table is read with the same keyset and limit, then the merge is cut to the limit, so a page
/// costs a few indexed range reads however long the history is.
/// </summary>
public sealed class TimelineQuery(IDbContextFactory<TrackerDbContext> factory)
{
    public const int DefaultLimit = 50;

    /// <summary>How many times the limit a page may grow to reach the end of its last day.</summary>
    private const int DayEndAllowance = 4;

    /// <summary>
    /// Reads about <paramref name="limit"/> entries before <paramref name="before"/>. The page runs on to the end of
    /// its last day (up to <see cref="DayEndAllowance"/> times the limit), so the records of one fact
    /// (<see cref="TimelineFacts"/>, all of one day) are shown together rather than split across two pages.
    /// </summary>
    public async Task<TimelineResult> ReadAsync(TimelineFilter filter, int limit = DefaultLimit, TimelineCursor? before = null,
        CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var page = await ReadSliceAsync(filter, limit, before, ct);
        var entries = page.Entries.ToList();
        var next = page.Next;
        while (next is not null && entries.Count < limit * DayEndAllowance)
        {
            var more = await ReadSliceAsync(filter, limit, next, ct);
            var sameDay = more.Entries.TakeWhile(e => e.LocalDay == entries[^1].LocalDay).ToList();
            entries.AddRange(sameDay);
            if (sameDay.Count < more.Entries.Count)
            {
                next = entries[^1].Cursor;
                break;
            }

            next = more.Next;
        }

        return new TimelineResult(entries, next);
    }

    private async Task<TimelineResult> ReadSliceAsync(TimelineFilter filter, int limit, TimelineCursor? before, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var take = limit + 1;
        // Without a kind, each table is read across conflicts on its (time, Id, IsDeleted) index: rows come in order
        // and the read stops at the limit. A kind is rare enough to make that scan long, so then each conflict is read
        // on its (ConflictId, Kind, time, Id, IsDeleted) index. IsDeleted is compared with a parameter in the table
        // queries: the soft-delete filter's NOT(IsDeleted) alone is no equality to SQLite's planner.
        IReadOnlyList<int?> conflictIds = filter.Kind is null
            ? [null]
            : (await db.Conflicts.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct)).Select(id => (int?)id).ToList();
        var entries = new List<TimelineEntry>();
        foreach (var conflictId in conflictIds)
        {
            entries.AddRange(await EventsAsync(db, conflictId, filter, take, before, ct));
            if (filter.Kind is null or EventKind.CeasefireAgreed)
                entries.AddRange(await CeasefiresAnnouncedAsync(db, conflictId, filter, take, before, ct));
            if (filter.Kind is null or EventKind.CeasefireInForce)
                entries.AddRange(await CeasefiresInForceAsync(db, conflictId, filter, take, before, ct));
            if (filter.Kind is null or EventKind.Statement)
                entries.AddRange(await StatementsAsync(db, conflictId, filter, take, before, ct));
        }

        var ordered = entries.OrderByDescending(e => e.SortUtc).ThenByDescending(e => e.RecordType).ThenByDescending(e => e.RecordId)
            .Take(take).ToList();
        var hasMore = ordered.Count > limit;
        if (hasMore) ordered.RemoveAt(limit);
        return new TimelineResult(ordered, hasMore ? ordered[^1].Cursor : null);
    }

    /// <summary>Groups entries by the day the source gives them, latest day first, each day's entries latest first.</summary>
    public static IReadOnlyList<TimelineDay> GroupByDay(IEnumerable<TimelineEntry> entries) =>
        entries.GroupBy(e => e.LocalDay)
            .OrderByDescending(g => g.Key)
            .Select(g => new TimelineDay(g.Key, g.OrderByDescending(e => e.SortUtc).ThenByDescending(e => e.RecordType)
                .ThenByDescending(e => e.RecordId).ToList()))
            .ToList();

    private static async Task<IEnumerable<TimelineEntry>> EventsAsync(TrackerDbContext db, int? conflictId, TimelineFilter filter, int take,
        TimelineCursor? before, CancellationToken ct)
    {
        var live = false;
        var query = db.TimelineEvents.AsNoTracking().Where(e => e.IsDeleted == live);
        if (conflictId is { } conflict) query = query.Where(e => e.ConflictId == conflict);
        if (filter.Kind is { } kind) query = query.Where(e => e.Kind == kind);
        if (filter.PartyId is { } partyId) query = query.Where(e => e.Parties.Any(p => p.Id == partyId));
        query = WithinDays(query, e => e.OccurredAtLocal, filter);
        query = OlderThan(db, query, e => e.OccurredAtUtc, TimelineRecordType.Event, before);

        // Split: joined in one query, SQLite builds the whole event-party link table (200k rows at 100k events)
        // before it joins; a second query over the page's rows looks each link up by index.
        var rows = await query.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id).Take(take)
            .AsSplitQuery()
            .Select(e => new
            {
                e.Id, e.Kind, e.Title, e.Description, e.OccurredAtLocal, e.EndedAtLocal, e.OccurredAtUtc, e.Precision, e.TimeZoneId,
                e.TimeZoneBasis, Parties = e.Parties.OrderBy(p => p.Name).Select(p => p.Name).ToList(), e.SourceId, e.Quote,
                e.QuoteStart,
                // An imported event rests on a data set row: its provenance is the row and the row's own source.
                Row = e.DataSetRow == null ? null : new DataSetCitation(e.DataSetRow.DataSet, e.DataSetRow.DataSetVersion, e.DataSetRow.RowId,
                    e.DataSetRow.SourceArticle, e.DataSetRow.SourceHeadline, e.DataSetRow.SourceOffice, e.DataSetRow.SourceDate,
                    e.DataSetRow.SourceOriginal),
            })
            .ToListAsync(ct);
        return rows.Select(e => new TimelineEntry(TimelineRecordType.Event, e.Id, e.Kind, e.Title, e.Description,
            DateOnly.FromDateTime(e.OccurredAtLocal), e.OccurredAtUtc,
            SourcedTime.Format(e.OccurredAtLocal, e.EndedAtLocal, e.Precision, e.TimeZoneId, e.TimeZoneBasis), e.Parties, e.SourceId, e.Quote,
            e.QuoteStart, e.Row));
    }

    private sealed record Bound(DateTime? Utc, DateTime? FromLocal, DateTime? BeforeLocal);

    /// <summary>Keeps rows whose local time falls on the filter's days (the day the source gives, not UTC's).</summary>
    private static IQueryable<T> WithinDays<T>(IQueryable<T> query, Expression<Func<T, DateTime?>> local, TimelineFilter filter)
    {
        // Values go through a captured object so EF sends them as parameters and reuses the compiled query.
        var bound = Expression.Constant(new Bound(null, filter.From?.ToDateTime(TimeOnly.MinValue),
            filter.To?.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        if (filter.From is not null)
            query = query.Where(Expression.Lambda<Func<T, bool>>(
                Expression.GreaterThanOrEqual(local.Body, Expression.Property(bound, nameof(Bound.FromLocal))), local.Parameters));
        if (filter.To is not null)
            query = query.Where(Expression.Lambda<Func<T, bool>>(
                Expression.LessThan(local.Body, Expression.Property(bound, nameof(Bound.BeforeLocal))), local.Parameters));
        return query;
    }

    /// <summary>
    /// Keeps rows strictly after the cursor in the timeline's order (SortUtc, RecordType, Id, all descending), for a
    /// table whose rows all have the record type <paramref name="own"/>.
    /// </summary>
    private static IQueryable<T> OlderThan<T>(TrackerDbContext db, IQueryable<T> query, Expression<Func<T, DateTime?>> sortUtc,
        TimelineRecordType own, TimelineCursor? before) where T : Entity
    {
        if (before is null) return query;
        if (before.RecordType == own) return Keyset.Where(db, query, sortUtc, ExpressionType.LessThan, (DateTime?)before.SortUtc, before.Id);
        var utc = Expression.Property(Expression.Constant(new Bound(before.SortUtc, null, null)), nameof(Bound.Utc));
        var body = before.RecordType > own ? Expression.LessThanOrEqual(sortUtc.Body, utc) : Expression.LessThan(sortUtc.Body, utc);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, sortUtc.Parameters));
    }

    private static IQueryable<Ceasefire> Ceasefires(TrackerDbContext db, int? conflictId, TimelineFilter filter)
    {
        var query = db.Ceasefires.AsNoTracking();
        if (conflictId is { } conflict) query = query.Where(c => c.ConflictId == conflict);
        if (filter.PartyId is { } partyId)
            query = query.Where(c => c.MediatorPartyId == partyId || c.Parties.Any(p => p.Id == partyId));
        return query;
    }

    private static async Task<IEnumerable<TimelineEntry>> CeasefiresAnnouncedAsync(TrackerDbContext db, int? conflictId, TimelineFilter filter,
        int take, TimelineCursor? before, CancellationToken ct)
    {
        var query = Ceasefires(db, conflictId, filter);
        query = WithinDays(query, c => c.AnnouncedAtLocal, filter);
        query = OlderThan(db, query, c => c.AnnouncedAtUtc, TimelineRecordType.CeasefireAnnounced, before);

        var rows = await query.OrderByDescending(c => c.AnnouncedAtUtc).ThenByDescending(c => c.Id).Take(take)
            .AsSplitQuery()
            .Select(c => new
            {
                c.Id, c.Name, Mediator = c.MediatorParty != null ? c.MediatorParty.Name : null, c.AnnouncedAtLocal,
                c.AnnouncedAtUtc, c.AnnouncedPrecision, c.TimeZoneId, c.TimeZoneBasis,
                Parties = c.Parties.OrderBy(p => p.Name).Select(p => p.Name).ToList(), c.SourceId, c.Quote, c.QuoteStart,
            })
            .ToListAsync(ct);
        return rows.Select(c => new TimelineEntry(TimelineRecordType.CeasefireAnnounced, c.Id, EventKind.CeasefireAgreed,
            $"Ceasefire announced: {c.Name}", c.Mediator is null ? null : $"Mediated by {c.Mediator}.",
            DateOnly.FromDateTime(c.AnnouncedAtLocal), c.AnnouncedAtUtc,
            SourcedTime.Format(c.AnnouncedAtLocal, c.AnnouncedPrecision, c.TimeZoneId, c.TimeZoneBasis), c.Parties,
            c.SourceId, c.Quote, c.QuoteStart));
    }

    private static async Task<IEnumerable<TimelineEntry>> CeasefiresInForceAsync(TrackerDbContext db, int? conflictId, TimelineFilter filter,
        int take, TimelineCursor? before, CancellationToken ct)
    {
        var query = Ceasefires(db, conflictId, filter).Where(c => c.InForceFromUtc != null);
        query = WithinDays(query, c => c.InForceFromLocal, filter);
        query = OlderThan(db, query, c => c.InForceFromUtc, TimelineRecordType.CeasefireInForce, before);

        var rows = await query.OrderByDescending(c => c.InForceFromUtc).ThenByDescending(c => c.Id).Take(take)
            .AsSplitQuery()
            .Select(c => new
            {
                c.Id, c.Name, c.InForceFromLocal, c.InForceFromUtc, c.InForcePrecision, c.TimeZoneId, c.TimeZoneBasis,
                Parties = c.Parties.OrderBy(p => p.Name).Select(p => p.Name).ToList(), c.SourceId, c.Quote, c.QuoteStart,
            })
            .ToListAsync(ct);
        return rows.Select(c => new TimelineEntry(TimelineRecordType.CeasefireInForce, c.Id, EventKind.CeasefireInForce,
            $"Ceasefire in force: {c.Name}", null, DateOnly.FromDateTime(c.InForceFromLocal!.Value), c.InForceFromUtc!.Value,
            SourcedTime.Format(c.InForceFromLocal.Value, c.InForcePrecision, c.TimeZoneId, c.TimeZoneBasis), c.Parties,
            c.SourceId, c.Quote, c.QuoteStart));
    }

    private static async Task<IEnumerable<TimelineEntry>> StatementsAsync(TrackerDbContext db, int? conflictId, TimelineFilter filter, int take,
        TimelineCursor? before, CancellationToken ct)
    {
        // Statements carry a date only, no zone: they sort at the start of that day and undated ones stay off the timeline.
        var live = false;
        var query = db.Statements.AsNoTracking().Where(s => s.IsDeleted == live && s.SaidOn != null);
        if (conflictId is { } conflict) query = query.Where(s => s.ConflictId == conflict);
        if (filter.PartyId is { } partyId) query = query.Where(s => s.OnBehalfOfPartyId == partyId);
        if (filter.From is { } from) query = query.Where(s => s.SaidOn >= from);
        if (filter.To is { } to) query = query.Where(s => s.SaidOn <= to);
        if (before is not null)
        {
            var day = DateOnly.FromDateTime(before.SortUtc);
            query = before.SortUtc.TimeOfDay != TimeSpan.Zero || before.RecordType > TimelineRecordType.Statement
                ? query.Where(s => s.SaidOn <= day)
                : Keyset.Where(db, query, s => s.SaidOn, ExpressionType.LessThan, (DateOnly?)day, before.Id);
        }

        var rows = await query.OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id).Take(take)
            .Select(s => new
            {
                s.Id, Speaker = s.Speaker != null ? s.Speaker.Name : null, Party = s.OnBehalfOfParty!.Name, s.SaidOn,
                s.Summary, s.Text, s.SourceId, s.Quote, s.QuoteStart,
            })
            .ToListAsync(ct);
        return rows.Select(s => new TimelineEntry(TimelineRecordType.Statement, s.Id, EventKind.Statement,
            $"Statement by {s.Speaker ?? "a speaker not named"} for {s.Party}", s.Summary ?? s.Text,
            s.SaidOn!.Value, s.SaidOn.Value.ToDateTime(TimeOnly.MinValue), $"{SourcedTime.Format(s.SaidOn.Value)} (date only)",
            [s.Party], s.SourceId, s.Quote, s.QuoteStart));
    }
}

public static class TimelineServiceExtensions
{
    public static IServiceCollection AddTimelineQueries(this IServiceCollection services) =>
        services.AddScoped<TimelineQuery>().AddListPage(TimelineFilter.Path, [.. TimelineFilter.Keys]).AddExportDataset<TimelineExport>();
}
