using System.Globalization;
using System.Reflection;
using System.ServiceModel.Syndication;
using System.Xml;
using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.Features.Api;

/// <summary>
/// <c>GET /feeds/changes.atom</c>: the latest changes of the records a filter selects, for readers who follow a
/// conflict in a feed reader. Built from the same audit entries as <c>/api/v1/changes</c> (<see cref="ChangeFeed"/>),
/// newest first, each entry linking to its record's page. <c>conflict</c> and <c>side</c> apply to every record type
/// they can (a statement's side is its party's, an event's its parties'); <c>type</c> narrows to one record type and
/// then takes that type's list filters as the API does (<see cref="ApiFilters"/>).
/// </summary>
public static class AtomFeed
{
    public const int EntryCount = 50;
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static void Map(WebApplication app) =>
        app.MapGet("/feeds/changes.atom", WriteAsync)
            .WithName("ChangesAtomFeed").WithTags("Changes")
            .WithSummary("An Atom feed of the latest changes of the records a filter selects")
            .WithDescription("conflict and side apply to every record type; type (a record type of /api/v1) narrows to one and takes its list filters.")
            .ApiRead().Produces(StatusCodes.Status200OK, contentType: "application/atom+xml").ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> WriteAsync(HttpContext http, IDbContextFactory<TrackerDbContext> factory, ILoggerFactory loggers)
    {
        var ct = http.RequestAborted;
        var query = http.Request.Query;
        var problems = new List<string>();
        RecordKind? type = null;
        if (query["type"].ToString() is { Length: > 0 } typeText && (type = RecordKind.BySlug(typeText)) is null)
            problems.Add($"type \"{typeText}\" is not a record type. Types: {string.Join(", ", RecordKind.All.Select(k => k.Slug))}.");
        string[] keys = type is null ? ["type", "conflict", "side"] : ["type", "side", .. type.FilterKeys];
        foreach (var key in query.Keys.Where(k => !keys.Contains(k)))
            problems.Add($"\"{key}\" is not a filter of this feed. Filters: {string.Join(", ", keys.Distinct())}.");
        var read = ListQuery.From(query);
        var conflict = read.RecordId("conflict");
        var side = read.RecordId("side");
        problems.AddRange(read.Problems);

        await using var db = await factory.CreateDbContextAsync(ct);
        var selections = new List<(RecordKind Kind, IQueryable<int>? Ids)>();
        if (type is not null)
        {
            // The type's own filters (and their messages) as the API's list reads them; side where the type has no side key.
            var own = new QueryCollection(query.Where(q => type.FilterKeys.Contains(q.Key)).ToDictionary(q => q.Key, q => q.Value));
            var ids = (IQueryable<int>?)SelectMethod.MakeGenericMethod(type.ClrType)
                .Invoke(null, [db, type, own, type.FilterKeys.Contains("side") ? null : side, problems]);
            if (ids is null) problems.Add($"side does not apply to {type.Plural.ToLowerInvariant()}.");
            else selections.Add((type, own.Count == 0 && side is null ? null : ids));
        }
        else
        {
            foreach (var kind in RecordKind.All)
            {
                var ids = (IQueryable<int>?)ScopeMethod.MakeGenericMethod(kind.ClrType).Invoke(null, [db, conflict, side]);
                if (ids is not null) selections.Add((kind, conflict is null && side is null ? null : ids));
            }
        }

        if (problems.Count > 0)
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "The feed's address has values that cannot be read", string.Join(" ", problems.Distinct()),
                new Dictionary<string, object?> { ["problems"] = problems.Distinct().ToList() });

        var entries = new List<AuditEntry>();
        foreach (var (kind, ids) in selections)
        {
            var name = kind.ClrType.Name;
            var kindEntries = db.AuditEntries.AsNoTracking().Where(a => a.EntityType == name);
            if (ids is not null) kindEntries = kindEntries.Where(a => ids.Contains(a.EntityId));
            entries.AddRange(await kindEntries.OrderByDescending(a => a.Id).Take(EntryCount).ToListAsync(ct));
        }

        var latest = entries.OrderByDescending(a => a.Id).Take(EntryCount).ToList();
        var items = await ChangeFeed.WithRecordsAsync(db, latest, ct);
        var rows = new Dictionary<(string, int), RecordRow>();
        foreach (var group in items.Where(i => i.Kind is not null).GroupBy(i => i.Kind!))
            foreach (var (id, row) in await group.Key.RowsAsync(db, group.Select(i => i.Entry.EntityId).Distinct().ToList(), ct))
                rows[(group.Key.Slug, id)] = row;

        var baseUrl = RecordEndpoints.BaseUrl(http);
        var feed = Build(baseUrl, http.Request.QueryString.Value ?? "", type, items, rows);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        loggers.CreateLogger(typeof(AtomFeed)).LogInformation("Atom feed of changes {Query}: {EntryCount} entries", http.Request.QueryString.Value, items.Count);
        return Results.Bytes(buffer.ToArray(), ContentType);
    }

    private static SyndicationFeed Build(string baseUrl, string queryString, RecordKind? type, IReadOnlyList<ChangeItem> items,
        Dictionary<(string, int), RecordRow> rows)
    {
        var self = new Uri(baseUrl + "feeds/changes.atom" + queryString);
        var feed = new SyndicationFeed(
            "CeasefireTracker: changes" + (type is null ? "" : " to " + type.Plural.ToLowerInvariant()) + (queryString.Length > 0 ? " (" + queryString.TrimStart('?') + ")" : ""),
            "Every create, update, delete and restore of the records this filter selects, newest first.", new Uri(baseUrl), self.AbsoluteUri,
            items.Count > 0 ? Utc(items[0].Entry.AtUtc) : DateTimeOffset.UnixEpoch);
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, "application/atom+xml"));
        feed.Authors.Add(new SyndicationPerson { Name = "CeasefireTracker" });
        feed.Items = items.Select(item =>
        {
            var kind = item.Kind;
            var id = item.Entry.EntityId;
            var row = kind is null ? null : rows.GetValueOrDefault((kind.Slug, id));
            var what = kind?.Singular ?? item.Entry.EntityType;
            var title = $"{what} #{id}{(row is null ? "" : ": " + row.Title)} {Past(item.Entry.Action)}";
            var path = kind is null ? null : kind.PageOf(id) ?? $"api/v1/{kind.Slug}/{id}";
            // Text content: the formatter escapes it, so a name that looks like markup stays text in every reader.
            var entry = new SyndicationItem { Id = $"{baseUrl}api/v1/changes#{item.Entry.Id.ToString(CultureInfo.InvariantCulture)}", Title = new TextSyndicationContent(title),
                LastUpdatedTime = Utc(item.Entry.AtUtc) };
            if (path is not null) entry.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(baseUrl + path), "text/html"));
            if (row?.Detail is { Length: > 0 } detail) entry.Summary = new TextSyndicationContent(detail);
            return entry;
        }).ToList();
        return feed;
    }

    private static string Past(AuditAction action) => action switch
    {
        AuditAction.Create => "created",
        AuditAction.Update => "updated",
        AuditAction.Delete => "deleted",
        AuditAction.Restore => "restored",
        AuditAction.Revert => "reverted to an earlier version",
        AuditAction.Import => "imported",
        _ => action.ToString().ToLowerInvariant(),
    };

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static readonly MethodInfo SelectMethod = typeof(AtomFeed).GetMethod(nameof(SelectOfType), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ScopeMethod = typeof(AtomFeed).GetMethod(nameof(Scope), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>One type's records by its list filters, deleted ones included (their deletion is a change); null when side does not apply.</summary>
    private static IQueryable<int>? SelectOfType<T>(TrackerDbContext db, RecordKind kind, IQueryCollection own, int? side, List<string> problems) where T : Entity
    {
        var records = ApiFilters.Apply(db.Set<T>().IgnoreQueryFilters().AsNoTracking(), kind, own, problems);
        if (side is { } s)
        {
            if (BySide(records, s) is not { } bySide) return null;
            records = bySide;
        }

        return records.Select(e => e.Id);
    }

    /// <summary>Records of a type in a conflict and on a side; null when the type has no conflict or side to match.</summary>
    private static IQueryable<int>? Scope<T>(TrackerDbContext db, int? conflict, int? side) where T : Entity
    {
        IQueryable<T>? records = db.Set<T>().IgnoreQueryFilters().AsNoTracking();
        if (conflict is { } c) records = ByConflict(records, c);
        if (side is { } s && records is not null) records = BySide(records, s);
        return records?.Select(e => e.Id);
    }

    private static IQueryable<T>? ByConflict<T>(IQueryable<T> records, int conflict) where T : Entity => records switch
    {
        IQueryable<CeasefireTerm> terms => (IQueryable<T>)terms.Where(t => t.Ceasefire!.ConflictId == conflict),
        IQueryable<Official> officials => (IQueryable<T>)officials.Where(o => o.Party!.ConflictId == conflict),
        IQueryable<Conflict> conflicts => (IQueryable<T>)conflicts.Where(x => x.Id == conflict),
        _ when typeof(T).GetProperty("ConflictId") is not null => records.Where(e => EF.Property<int>(e, "ConflictId") == conflict),
        _ => null,
    };

    private static IQueryable<T>? BySide<T>(IQueryable<T> records, int side) where T : Entity => records switch
    {
        IQueryable<CasualtyReport> reports => (IQueryable<T>)reports.Where(r => r.AffectedSideId == side),
        IQueryable<Party> parties => (IQueryable<T>)parties.Where(p => p.SideId == side),
        IQueryable<Statement> statements => (IQueryable<T>)statements.Where(s => s.OnBehalfOfParty!.SideId == side),
        IQueryable<TimelineEvent> events => (IQueryable<T>)events.Where(e => e.Parties.Any(p => p.SideId == side)),
        IQueryable<Ceasefire> ceasefires => (IQueryable<T>)ceasefires.Where(c => c.Parties.Any(p => p.SideId == side)),
        IQueryable<Official> officials => (IQueryable<T>)officials.Where(o => o.Party!.SideId == side),
        IQueryable<Side> sides => (IQueryable<T>)sides.Where(s => s.Id == side),
        _ => null,
    };
}
