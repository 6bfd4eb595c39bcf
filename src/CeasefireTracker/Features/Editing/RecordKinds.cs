using System.Linq.Expressions;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Editing.Fields;

namespace CeasefireTracker.Features.Editing;

/// <summary>One line of a record list in the manage area.</summary>
public sealed record RecordRow(int Id, string Title, string? Detail, bool IsDeleted, DateTime UpdatedAtUtc);

/// <summary>
/// A kind of record analysts edit: its address under /manage, its names, the form fields of its dialog, how a list
/// shows it (projected in SQL) and a blank one to start from.
/// </summary>
public abstract record RecordKind(string Slug, string Singular, string Plural, Type ClrType, Type Fields)
{
    public abstract Entity New();

    /// <summary>Where readers find a record of this kind (<c>casualties</c> for <c>casualties/{id}</c>); null when only analysts see it.</summary>
    public string? ReaderPath { get; init; }

    /// <summary>
    /// The filter keys its list takes, as the reader's page names them, for the API and the feed of changes (paging and
    /// order are not filters); by default <c>conflict</c> for a record that belongs to one.
    /// </summary>
    public IReadOnlyList<string> FilterKeys
    {
        get => _filterKeys ?? (ClrType.GetProperty("ConflictId") is not null ? ["conflict"] : []);
        init => _filterKeys = value;
    }

    private readonly IReadOnlyList<string>? _filterKeys;

    /// <summary>The reader's page of one record, the link a journalist cites; null when the kind has none.</summary>
    public string? PageOf(int id) => ReaderPath is null ? null : $"{ReaderPath}/{id}";

    /// <summary>A live record, untracked, as an editor starts from it.</summary>
    public abstract Task<Entity?> FindAsync(IDbContextFactory<TrackerDbContext> factory, int id);

    /// <summary>The record whether deleted or not, for its history.</summary>
    public abstract Task<Entity?> FindAnyAsync(IDbContextFactory<TrackerDbContext> factory, int id);

    /// <summary>The list lines of the given records, deleted or not, by id (the labels of a feed of changes).</summary>
    public abstract Task<Dictionary<int, RecordRow>> RowsAsync(TrackerDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct = default);

    /// <summary>One page of the list, live or deleted records, newest change first.</summary>
    public abstract Task<(IReadOnlyList<RecordRow> Rows, int Total)> PageAsync(
        IDbContextFactory<TrackerDbContext> factory, bool deleted, int page, int pageSize, CancellationToken ct = default);

    public static IReadOnlyList<RecordKind> All { get; } =
    [
        new RecordKind<CasualtyReport>("casualty-reports", "Casualty report", "Casualty reports", typeof(CasualtyReportFields),
            r => new RecordRow(r.Id, r.ReportingParty!.Name + " on " + r.AffectedSide!.Name, r.Quote, r.IsDeleted, r.UpdatedAtUtc),
            // No default is a fact: choices start unset and dates empty (UnsetValues); the time zone comes from the conflict.
            () => new CasualtyReport
            {
                Quote = "", Category = UnsetValues.Choice<CasualtyCategory>(), Kind = UnsetValues.Choice<CasualtyKind>(),
                Qualifier = UnsetValues.Choice<FigureQualifier>(), Basis = UnsetValues.Choice<FigureBasis>(),
            })
        {
            ReaderPath = "casualties",
            FilterKeys = ["conflict", "side", "reporter", "category", "kind", "qualifier", "from", "to"],
        },
        new RecordKind<Statement>("statements", "Statement", "Statements", typeof(StatementFields),
            s => new RecordRow(s.Id, s.OnBehalfOfParty!.Name, s.Text, s.IsDeleted, s.UpdatedAtUtc),
            () => new Statement { Quote = "", Text = "", Language = "fr" })
        {
            ReaderPath = "statements",
            FilterKeys = ["conflict", "party", "speaker"],
        },
        new RecordKind<TimelineEvent>("events", "Event", "Timeline events", typeof(TimelineEventFields),
            e => new RecordRow(e.Id, e.Title, e.Quote, e.IsDeleted, e.UpdatedAtUtc),
            () => new TimelineEvent
            {
                Title = "", Quote = "", TimeZoneId = "", TimeZoneBasis = TimeZoneBasis.Implied, Kind = UnsetValues.Choice<EventKind>(),
                Precision = UnsetValues.Choice<TimePrecision>(), PartyIds = [],
            })
        {
            // The dialog edits an event's parties by id.
            Complete = async (db, e) => e.PartyIds = await db.TimelineEvents.Where(x => x.Id == e.Id)
                .SelectMany(x => x.Parties).Select(p => p.Id).OrderBy(id => id).ToListAsync(),
            ReaderPath = "events",
            FilterKeys = ["conflict", "party", "kind", "from", "to"],
        },
        new RecordKind<Ceasefire>("ceasefires", "Ceasefire", "Ceasefires", typeof(CeasefireFields),
            c => new RecordRow(c.Id, c.Name, c.Quote, c.IsDeleted, c.UpdatedAtUtc),
            () => new Ceasefire
            {
                Name = "", Quote = "", TimeZoneId = "", TimeZoneBasis = TimeZoneBasis.Implied,
                AnnouncedPrecision = UnsetValues.Choice<TimePrecision>(), PartyIds = [],
            })
        {
            Complete = async (db, c) => c.PartyIds = await db.Ceasefires.Where(x => x.Id == c.Id)
                .SelectMany(x => x.Parties).Select(p => p.Id).OrderBy(id => id).ToListAsync(),
            ReaderPath = "ceasefires",
        },
        new RecordKind<CeasefireTerm>("ceasefire-terms", "Ceasefire term", "Ceasefire terms", typeof(CeasefireTermFields),
            t => new RecordRow(t.Id, t.Description, t.Ceasefire!.Name, t.IsDeleted, t.UpdatedAtUtc),
            () => new CeasefireTerm { Description = "", Quote = "", Kind = UnsetValues.Choice<CeasefireTermKind>() }),
        new RecordKind<Party>("parties", "Party", "Parties", typeof(PartyFields),
            p => new RecordRow(p.Id, p.Name, p.NameInSource, p.IsDeleted, p.UpdatedAtUtc),
            () => new Party { Name = "", Kind = UnsetValues.Choice<PartyKind>(), Role = UnsetValues.Choice<PartyRole>() })
        {
            ReaderPath = "parties",
        },
        new RecordKind<Official>("officials", "Official", "Officials", typeof(OfficialFields),
            o => new RecordRow(o.Id, o.Name, o.Role + ", " + o.Party!.Name, o.IsDeleted, o.UpdatedAtUtc),
            () => new Official { Name = "", Role = "" }),
        new RecordKind<Source>("sources", "Source", "Sources", typeof(SourceFields),
            s => new RecordRow(s.Id, s.Title, s.Publisher, s.IsDeleted, s.UpdatedAtUtc),
            () => new Source { Title = "", Language = "fr", FullText = "" })
        {
            ReaderPath = "sources",
        },
        new RecordKind<Conflict>("conflicts", "Conflict", "Conflicts", typeof(ConflictFields),
            c => new RecordRow(c.Id, c.Name, c.Region, c.IsDeleted, c.UpdatedAtUtc),
            () => new Conflict { Name = "" }),
        new RecordKind<Side>("sides", "Side", "Sides", typeof(SideFields),
            s => new RecordRow(s.Id, s.Name, s.Conflict!.Name, s.IsDeleted, s.UpdatedAtUtc),
            () => new Side { Name = "", Kind = UnsetValues.Choice<SideKind>() }),
    ];

    public static RecordKind? BySlug(string? slug) => All.FirstOrDefault(k => k.Slug == slug);

    public static RecordKind Of(Type type) => All.First(k => k.ClrType == type);

    public static RecordKind? ByTypeName(string name) => All.FirstOrDefault(k => k.ClrType.Name == name);
}

public sealed record RecordKind<T>(string Slug, string Singular, string Plural, Type Fields,
    Expression<Func<T, RecordRow>> Row, Func<T> Create) : RecordKind(Slug, Singular, Plural, typeof(T), Fields)
    where T : Entity
{
    /// <summary>Fills what an editor edits beyond the record's columns (an event's party ids).</summary>
    public Func<TrackerDbContext, T, Task>? Complete { get; init; }

    public override Entity New() => Create();

    public override async Task<Entity?> FindAsync(IDbContextFactory<TrackerDbContext> factory, int id)
    {
        await using var db = await factory.CreateDbContextAsync();
        var record = await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        if (record is not null && Complete is not null) await Complete(db, record);
        return record;
    }

    public override async Task<Entity?> FindAnyAsync(IDbContextFactory<TrackerDbContext> factory, int id)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Set<T>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
    }

    public override async Task<Dictionary<int, RecordRow>> RowsAsync(TrackerDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct = default) =>
        await db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(Row).ToDictionaryAsync(r => r.Id, ct);

    public override async Task<(IReadOnlyList<RecordRow> Rows, int Total)> PageAsync(
        IDbContextFactory<TrackerDbContext> factory, bool deleted, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Past the filter on purpose: deleted records are listed here to be restored, and a live record's label
        // may name a deleted one.
        var query = db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(e => e.IsDeleted == deleted);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.UpdatedAtUtc).ThenBy(e => e.Id)
            .Skip(page * pageSize).Take(pageSize).Select(Row).ToListAsync(ct);
        return (rows, total);
    }
}
