using System.Globalization;
using System.Text;
using System.Text.Json;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.Features.Api;

/// <summary>Reading what a client sends: cursors, limits, ids, versions and bodies, each refused with a message that says why.</summary>
public static class ApiRequests
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    /// <summary>A record is a few kilobytes at most (a source's full text is the largest): a megabyte is plenty.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private const string CursorPrefix = "after:";

    /// <summary>An opaque cursor: clients pass it back as given, so its form can change without breaking them.</summary>
    public static string Cursor(long after) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(CursorPrefix + after.ToString(CultureInfo.InvariantCulture))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryReadCursor(string? cursor, out long after)
    {
        after = 0;
        if (string.IsNullOrEmpty(cursor)) return true;
        if (cursor.Length > 64) return false;
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            return text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                   && long.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out after);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static int? Limit(string? value, List<string> problems)
    {
        if (string.IsNullOrEmpty(value)) return DefaultLimit;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit) return limit;
        problems.Add($"limit \"{value}\" is not a whole number from 1 to {MaxLimit}.");
        return null;
    }

    /// <summary>The version in an If-Match header (<c>"guid"</c>, as the ETag gave it); null when absent.</summary>
    public static (Guid? Version, string? Problem) IfMatch(HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(header)) return (null, null);
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        return Guid.TryParse(value.Trim('"'), out var version)
            ? (version, null)
            : (null, $"If-Match \"{header}\" is not a version of a record: send the ETag a GET of the record answered.");
    }

    public static string ETag(Entity record) => $"\"{record.Version}\"";

    public static bool IfNoneMatch(HttpContext http, string etag) =>
        http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*"));

    /// <summary>The body as a JSON document, or the answer that refuses it (413 too large, 415 not JSON, 400 malformed).</summary>
    public static async Task<(JsonDocument? Body, IResult? Refusal)> ReadJsonAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.ContentLength > MaxBodyBytes) return (null, TooLarge());
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
                                                && !type.Contains("+json", StringComparison.OrdinalIgnoreCase))
            return (null, ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON",
                $"Send the record as JSON with Content-Type: application/json (not {request.ContentType ?? "none"})."));

        // Read up to one byte past the limit: a body without a length is refused as soon as it is too long.
        var buffer = new byte[MaxBodyBytes + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await request.Body.ReadAsync(buffer.AsMemory(read), http.RequestAborted);
            if (n == 0) break;
            read += n;
        }

        if (read > MaxBodyBytes) return (null, TooLarge());
        try
        {
            return (JsonDocument.Parse(buffer.AsMemory(0, read), new JsonDocumentOptions { MaxDepth = 16 }), null);
        }
        catch (JsonException ex)
        {
            return (null, ApiProblems.BadRequest($"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): nothing was written."));
        }
    }

    private static IResult TooLarge() => ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "The body is too large",
        $"A record is sent in at most {MaxBodyBytes / 1024:N0} KB; nothing was written.");

    /// <summary>A record by its id in the address: the number the store gave it, or the stable id of an imported record ("side-armenia").</summary>
    public static async Task<Entity?> FindAsync(IDbContextFactory<TrackerDbContext> factory, RecordKind kind, string id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await (Task<Entity?>)FindMethod.MakeGenericMethod(kind.ClrType).Invoke(null, [db, id, ct])!;
    }

    private static readonly System.Reflection.MethodInfo FindMethod =
        typeof(ApiRequests).GetMethod(nameof(FindOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static async Task<Entity?> FindOf<T>(TrackerDbContext db, string id, CancellationToken ct) where T : Entity
    {
        var all = db.Set<T>().IgnoreQueryFilters().AsNoTracking();
        if (id.All(char.IsAsciiDigit))
            return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? await all.SingleOrDefaultAsync(e => e.Id == number, ct)
                : null;
        return id.Length > 128 ? null : await all.SingleOrDefaultAsync(e => e.ExternalId == id, ct);
    }

    /// <summary>Records of one type by id, deleted or not, for the change feed.</summary>
    public static async Task<Dictionary<int, Entity>> LoadManyAsync(TrackerDbContext db, Type type, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        await (Task<Dictionary<int, Entity>>)LoadManyMethod.MakeGenericMethod(type).Invoke(null, [db, ids, ct])!;

    private static readonly System.Reflection.MethodInfo LoadManyMethod =
        typeof(ApiRequests).GetMethod(nameof(LoadManyOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static async Task<Dictionary<int, Entity>> LoadManyOf<T>(TrackerDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) where T : Entity =>
        await db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => (Entity)e, ct);
}
