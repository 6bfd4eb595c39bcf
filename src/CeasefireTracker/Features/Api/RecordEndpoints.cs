using System.Reflection;
using System.Text.Json;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Editing;
using Microsoft.AspNetCore.Components.Authorization;

namespace CeasefireTracker.Features.Api;

/// <summary>
/// <c>/api/v1/{kind}</c> for every record kind: list (the pages' filters, keyset cursor), one record (ETag,
/// If-None-Match), and writes through <see cref="RecordEditor"/> (If-Match with the record's version, the same
/// validator and audit as the edit dialogs).
/// </summary>
public static class RecordEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        foreach (var kind in RecordKind.All)
            MapKindMethod.MakeGenericMethod(kind.ClrType).Invoke(null, [v1, kind]);
    }

    private static readonly MethodInfo MapKindMethod = typeof(RecordEndpoints).GetMethod(nameof(MapKind), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static string Name(RecordKind kind) => string.Concat(kind.Slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static void MapKind<T>(RouteGroupBuilder v1, RecordKind kind) where T : Entity
    {
        var group = v1.MapGroup("/" + kind.Slug).WithTags(kind.Plural);
        var name = Name(kind);
        var filters = kind.FilterKeys;

        group.MapGet("/", (HttpContext http, IDbContextFactory<TrackerDbContext> factory) => ListAsync<T>(http, kind, factory))
            .WithName("List" + name).WithSummary($"{kind.Plural}, oldest first, a page at a time")
            .WithDescription($"Filters: {(filters.Count == 0 ? "none" : string.Join(", ", filters))} (as on the reader's pages); cursor and limit (1-{ApiRequests.MaxLimit}) page through. Follow `next` until it is null.")
            .ApiRead().Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id}", (HttpContext http, string id, IDbContextFactory<TrackerDbContext> factory) => GetAsync(http, kind, id, factory))
            .WithName("Get" + name).WithSummary($"One {kind.Singular.ToLowerInvariant()} by its number or stable id")
            .ApiRead().Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

        group.MapPost("/", (HttpContext http, RecordEditor editor, string? reason) => CreateAsync(http, kind, editor, reason))
            .WithName("Create" + name).WithSummary($"Adds a {kind.Singular.ToLowerInvariant()}")
            .Accepts<JsonElement>("application/json").ApiWrite().Produces(StatusCodes.Status201Created, contentType: "application/json");

        group.MapPut("/{id}", (HttpContext http, string id, RecordEditor editor, IDbContextFactory<TrackerDbContext> factory, string? reason) =>
                UpdateAsync(http, kind, id, editor, factory, reason))
            .WithName("Update" + name).WithSummary($"Changes a {kind.Singular.ToLowerInvariant()}: the fields sent; If-Match: its ETag")
            .Accepts<JsonElement>("application/json").ApiWrite().Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id}", (HttpContext http, string id, RecordEditor editor, IDbContextFactory<TrackerDbContext> factory, string? reason, bool? cascade) =>
                DeleteAsync(http, kind, id, editor, factory, reason, cascade ?? false))
            .WithName("Delete" + name).WithSummary($"Deletes a {kind.Singular.ToLowerInvariant()}, restorably; If-Match: its ETag")
            .ApiWrite().Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/{id}/restore", (HttpContext http, string id, RecordEditor editor, IDbContextFactory<TrackerDbContext> factory, string? reason) =>
                RestoreAsync(http, kind, id, editor, factory, reason))
            .WithName("Restore" + name).WithSummary($"Restores a deleted {kind.Singular.ToLowerInvariant()}")
            .ApiWrite().Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    private static async Task<IResult> ListAsync<T>(HttpContext http, RecordKind kind, IDbContextFactory<TrackerDbContext> factory) where T : Entity
    {
        var ct = http.RequestAborted;
        var problems = new List<string>();
        var cursorText = http.Request.Query["cursor"].ToString();
        if (!ApiRequests.TryReadCursor(cursorText, out var after))
            problems.Add($"cursor \"{cursorText}\" is not a cursor this API gave: start without one, then follow the next links.");
        var limit = ApiRequests.Limit(http.Request.Query["limit"].ToString(), problems);

        await using var db = await factory.CreateDbContextAsync(ct);
        var query = ApiFilters.Apply(db.Set<T>().AsNoTracking(), kind, http.Request.Query, problems);
        if (problems.Count > 0)
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "The address has values that cannot be read", string.Join(" ", problems),
                new Dictionary<string, object?> { ["problems"] = problems });
        var rows = await query.Where(e => e.Id > after).OrderBy(e => e.Id).Take(limit!.Value + 1).ToListAsync(ct);
        var more = rows.Count > limit;
        if (more) rows.RemoveAt(rows.Count - 1);
        await RecordJson.WithDataSetRowsAsync(db, rows, ct);
        var baseUrl = BaseUrl(http);
        string? next = null;
        if (more)
        {
            var query2 = http.Request.Query.Where(q => q.Key != "cursor").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append("cursor=" + ApiRequests.Cursor(rows[^1].Id));
            next = $"{baseUrl}api/v1/{kind.Slug}?{string.Join("&", query2)}";
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        // The page's tag is made of its records' versions and whether more follow: a client polling an unchanged
        // page gets 304 without the body (the rows are still read: a page is one indexed range).
        var tag = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(
            string.Join(",", rows.Select(r => $"{r.Id}:{r.Version}")) + (more ? "+" : "")));
        var etag = $"W/\"{Convert.ToHexStringLower(tag)[..32]}\"";
        if (ApiRequests.IfNoneMatch(http, etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        http.Response.Headers.ETag = etag;
        return await WriteJsonAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("items");
            foreach (var row in rows) RecordJson.Write(json, kind, row, baseUrl);
            json.WriteEndArray();
            if (next is null) json.WriteNull("next");
            else json.WriteString("next", next);
            json.WriteEndObject();
        });
    }

    private static async Task<IResult> GetAsync(HttpContext http, RecordKind kind, string id, IDbContextFactory<TrackerDbContext> factory)
    {
        var record = await ApiRequests.FindAsync(factory, kind, id, http.RequestAborted);
        if (record is null) return NotFound(kind, id);
        if (record.IsDeleted)
            return ApiProblems.Problem(StatusCodes.Status410Gone, "Deleted",
                $"{kind.Singular} {id} has been deleted. The change feed (/api/v1/changes) has its last state.");
        var etag = ApiRequests.ETag(record);
        if (ApiRequests.IfNoneMatch(http, etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return await WriteRecordAsync(http, kind, record, StatusCodes.Status200OK);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, RecordKind kind, RecordEditor editor, string? reason)
    {
        var (body, refusal) = await ApiRequests.ReadJsonAsync(http);
        if (refusal is not null) return refusal;
        using (body)
        {
            var record = kind.New();
            var errors = RecordJson.Apply(body!.RootElement, record);
            if (errors.Count > 0) return ApiProblems.Invalid(errors, "The body has fields that cannot be read");
            SignInEditor(http);
            var result = await editor.CreateAsync(record, reason, http.RequestAborted);
            return await AnswerAsync(http, kind, result, StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, RecordKind kind, string id, RecordEditor editor,
        IDbContextFactory<TrackerDbContext> factory, string? reason)
    {
        var (version, problem) = ApiRequests.IfMatch(http);
        if (problem is not null) return ApiProblems.BadRequest(problem);
        if (version is null) return PreconditionRequired(kind);
        var (body, refusal) = await ApiRequests.ReadJsonAsync(http);
        if (refusal is not null) return refusal;
        using (body)
        {
            var record = await ApiRequests.FindAsync(factory, kind, id, http.RequestAborted);
            if (record is null) return NotFound(kind, id);
            var errors = RecordJson.Apply(body!.RootElement, record);
            if (errors.Count > 0) return ApiProblems.Invalid(errors, "The body has fields that cannot be read");
            record.Version = version.Value;
            SignInEditor(http);
            var result = await editor.UpdateAsync(record, reason, http.RequestAborted);
            return await AnswerAsync(http, kind, result, StatusCodes.Status200OK);
        }
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, RecordKind kind, string id, RecordEditor editor,
        IDbContextFactory<TrackerDbContext> factory, string? reason, bool cascade)
    {
        var (version, problem) = ApiRequests.IfMatch(http);
        if (problem is not null) return ApiProblems.BadRequest(problem);
        if (version is null) return PreconditionRequired(kind);
        var record = await ApiRequests.FindAsync(factory, kind, id, http.RequestAborted);
        if (record is null) return NotFound(kind, id);
        SignInEditor(http);
        var result = await editor.DeleteAsync(kind.ClrType, record.Id, version.Value, reason, cascade, http.RequestAborted);
        return result.Succeeded ? Results.NoContent() : await AnswerAsync(http, kind, result, StatusCodes.Status204NoContent);
    }

    private static async Task<IResult> RestoreAsync(HttpContext http, RecordKind kind, string id, RecordEditor editor,
        IDbContextFactory<TrackerDbContext> factory, string? reason)
    {
        var record = await ApiRequests.FindAsync(factory, kind, id, http.RequestAborted);
        if (record is null) return NotFound(kind, id);
        SignInEditor(http);
        var result = await editor.RestoreAsync(kind.ClrType, record.Id, reason, http.RequestAborted);
        return await AnswerAsync(http, kind, result, StatusCodes.Status200OK);
    }

    /// <summary>
    /// RecordEditor asks the Blazor authentication state who is writing (it serves the circuits too); on a plain
    /// request that state is the request's user, the token's user once the write policy has authenticated it.
    /// </summary>
    private static void SignInEditor(HttpContext http)
    {
        if (http.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, RecordKind kind, EditResult result, int success)
    {
        switch (result.Outcome)
        {
            case EditOutcome.Saved:
                var saved = await ApiRequests.FindAsync(http.RequestServices.GetRequiredService<IDbContextFactory<TrackerDbContext>>(), kind,
                    result.Record!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), http.RequestAborted);
                if (success == StatusCodes.Status201Created) http.Response.Headers.Location = $"{BaseUrl(http)}api/v1/{kind.Slug}/{saved!.Id}";
                return await WriteRecordAsync(http, kind, saved!, success, result.Warnings);
            case EditOutcome.Invalid:
                return ApiProblems.Invalid(result.FieldErrors.ToDictionary(e => RecordJson.CamelCase(e.Key), e => e.Value));
            case EditOutcome.Conflict:
                if (result.Current is { } current) http.Response.Headers.ETag = ApiRequests.ETag(current);
                return ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "The record changed since that version",
                    "Someone saved this record after the version in If-Match. GET it again, apply your change to it, and send it with its new ETag.");
            case EditOutcome.NotFound:
                return ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found", result.Message ?? "The record does not exist.");
            case EditOutcome.HasDependents:
                return ApiProblems.Problem(StatusCodes.Status409Conflict, "Other records refer to it",
                    (result.Message ?? "Other records refer to it.") + " Add cascade=true to delete them with it.");
            default:
                return ApiProblems.Problem(StatusCodes.Status403Forbidden, "Not allowed", result.Message ?? "Only analysts can change records.");
        }
    }

    private static async Task<IResult> WriteRecordAsync(HttpContext http, RecordKind kind, Entity record, int status,
        IReadOnlyList<string>? warnings = null)
    {
        if (record is IDataSetSourced)
        {
            await using var db = await http.RequestServices.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(http.RequestAborted);
            await RecordJson.WithDataSetRowsAsync(db, [record], http.RequestAborted);
        }

        http.Response.Headers.ETag = ApiRequests.ETag(record);
        var baseUrl = BaseUrl(http);
        http.Response.StatusCode = status;
        return await WriteJsonAsync(http, json => RecordJson.Write(json, kind, record, baseUrl, warnings));
    }

    public static async Task<IResult> WriteJsonAsync(HttpContext http, Action<Utf8JsonWriter> write)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        // Into memory first (a page is at most MaxLimit records): the serializer flushes its writer synchronously,
        // which Kestrel refuses on the response body.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        await using (var json = new Utf8JsonWriter(buffer)) write(json);
        await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted);
        return Results.Empty;
    }

    public static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/";

    private static IResult NotFound(RecordKind kind, string id) =>
        ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found", $"There is no {kind.Singular.ToLowerInvariant()} {id}.");

    private static IResult PreconditionRequired(RecordKind kind) =>
        ApiProblems.Problem(StatusCodes.Status428PreconditionRequired, "If-Match is needed",
            $"Send the {kind.Singular.ToLowerInvariant()}'s ETag in If-Match, so a change made since you read it is not overwritten.");
}
