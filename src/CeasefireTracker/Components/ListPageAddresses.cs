using System.Text;
using CeasefireTracker.Components.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace CeasefireTracker.Components;

/// <summary>
/// One address per view of a reader page: on a registered <see cref="ListPage"/>, a GET whose query holds unknown keys,
/// repeated or empty keys, default values or keys out of order is redirected to the canonical address (known keys in
/// their order, first value each). A junk key therefore never costs a render or an output-cache entry of its own, and
/// a GET form submitted without scripts (every field, most empty) lands on the same address the links write.
/// </summary>
public sealed class ListPageAddresses(RequestDelegate next, IEnumerable<ListPage> pages)
{
    private readonly ListPage[] _pages = [.. pages];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !request.QueryString.HasValue)
            return next(context);
        var page = _pages.FirstOrDefault(p => p.Matches(request.Path.Value ?? "/"));
        if (page is null) return next(context);

        var given = new List<(string Key, string Value)>();
        foreach (var pair in new QueryStringEnumerable(request.QueryString.Value))
            given.Add((pair.DecodeName().ToString(), pair.DecodeValue().ToString()));
        var canonical = Canonical(page, given);
        if (canonical.SequenceEqual(given)) return next(context);

        var location = new StringBuilder().Append(request.PathBase).Append(request.Path);
        for (var i = 0; i < canonical.Count; i++)
            location.Append(i == 0 ? '?' : '&').Append(Uri.EscapeDataString(canonical[i].Key)).Append('=')
                .Append(Uri.EscapeDataString(canonical[i].Value));
        context.Response.Redirect(location.ToString());
        return Task.CompletedTask;
    }

    /// <summary>The page's known keys in their order, each with its first non-blank value, defaults left out.</summary>
    public static List<(string Key, string Value)> Canonical(ListPage page, IReadOnlyList<(string Key, string Value)> given)
    {
        var canonical = new List<(string, string)>();
        foreach (var key in page.Keys)
        {
            var value = given.FirstOrDefault(p => string.Equals(p.Key, key.Name, StringComparison.OrdinalIgnoreCase)
                                                 && !string.IsNullOrWhiteSpace(p.Value)).Value;
            if (value is null || string.Equals(value, key.Default, StringComparison.OrdinalIgnoreCase)) continue;
            canonical.Add((key.Name, value));
        }

        return canonical;
    }
}
