using System.Globalization;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.Features.Api;

/// <summary>One audited change with the record as it is now (null when its kind is not a record kind of the API).</summary>
public sealed record ChangeItem(AuditEntry Entry, RecordKind? Kind, Entity? Record);

/// <summary>
/// Every create, update, delete, restore, revert and import in the order they were committed (the audit log's ids),
/// each with the record as it is now, deleted ones included: a client that applies them in order keeps a faithful copy.
/// Who made a change and why stay out: the feed is public.
/// </summary>
public sealed class ChangeFeed(IDbContextFactory<TrackerDbContext> factory)
{
    public async Task<(IReadOnlyList<ChangeItem> Items, bool More)> ReadAsync(long after, int limit, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(limit + 1).ToListAsync(ct);
        var more = entries.Count > limit;
        if (more) entries.RemoveAt(entries.Count - 1);
        return (await WithRecordsAsync(db, entries, ct), more);
    }

    /// <summary>The entries, each with its record as it is now (loaded kind by kind, one query each).</summary>
    public static async Task<IReadOnlyList<ChangeItem>> WithRecordsAsync(TrackerDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var records = new Dictionary<(string, int), Entity>();
        foreach (var group in entries.GroupBy(e => e.EntityType))
        {
            if (RecordKind.ByTypeName(group.Key) is not { } kind) continue;
            foreach (var (id, record) in await ApiRequests.LoadManyAsync(db, kind.ClrType, group.Select(e => e.EntityId).Distinct().ToList(), ct))
                records[(group.Key, id)] = record;
        }

        return entries.Select(e => new ChangeItem(e, RecordKind.ByTypeName(e.EntityType), records.GetValueOrDefault((e.EntityType, e.EntityId)))).ToList();
    }

    public static void Map(RouteGroupBuilder v1) =>
        v1.MapGet("/changes", async (HttpContext http, ChangeFeed feed) =>
            {
                var problems = new List<string>();
                var since = http.Request.Query["since"].ToString();
                if (!ApiRequests.TryReadCursor(since, out var after))
                    problems.Add($"since \"{since}\" is not a cursor this feed gave: start without one, then follow the next links.");
                var limit = ApiRequests.Limit(http.Request.Query["limit"].ToString(), problems);
                foreach (var key in http.Request.Query.Keys.Where(k => k is not ("since" or "limit")))
                    problems.Add($"\"{key}\" is not a parameter of the change feed (since, limit).");
                if (problems.Count > 0)
                    return ApiProblems.Problem(StatusCodes.Status400BadRequest, "The address has values that cannot be read", string.Join(" ", problems));

                var (items, more) = await feed.ReadAsync(after, limit!.Value, http.RequestAborted);
                var last = items.Count > 0 ? items[^1].Entry.Id : after;
                var baseUrl = RecordEndpoints.BaseUrl(http);
                var next = $"{baseUrl}api/v1/changes?since={ApiRequests.Cursor(last)}" + (limit == ApiRequests.DefaultLimit ? "" : $"&limit={limit}");
                http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
                return await RecordEndpoints.WriteJsonAsync(http, json =>
                {
                    json.WriteStartObject();
                    json.WriteStartArray("changes");
                    foreach (var item in items)
                    {
                        json.WriteStartObject();
                        json.WriteString("cursor", ApiRequests.Cursor(item.Entry.Id));
                        json.WriteString("atUtc", DateTime.SpecifyKind(item.Entry.AtUtc, DateTimeKind.Utc));
                        json.WriteString("action", item.Entry.Action.ToString());
                        json.WriteString("type", item.Kind?.Slug ?? item.Entry.EntityType);
                        json.WriteNumber("id", item.Entry.EntityId);
                        if (item.Entry.OperationId is { } operation) json.WriteString("operationId", operation);
                        json.WritePropertyName("record");
                        if (item.Record is not null && item.Kind is not null) RecordJson.Write(json, item.Kind, item.Record, baseUrl);
                        else json.WriteNullValue();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteBoolean("more", more);
                    json.WriteString("next", next);
                    json.WriteEndObject();
                });
            })
            .WithName("ListChanges").WithTags("Changes")
            .WithSummary("Every change in commit order, each with the record as it is now (deleted ones included)")
            .WithDescription("Start without since; keep the last next link and poll it. Apply the changes in order to keep a local copy. " +
                             "A record's isDeleted says whether it is deleted now.")
            .ApiRead().Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);
}
