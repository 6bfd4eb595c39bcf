using System.Globalization;
using CeasefireTracker.Components.Layout;
using CeasefireTracker.Data.Caching;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace CeasefireTracker.Components;

/// <summary>
/// Serves a reader's page (anonymous GET) from memory when the same address was rendered since the store last
/// changed: at a million reports a render is tens of milliseconds of CPU, and every reader would get the same HTML.
/// An entry belongs to one <see cref="StoreGeneration"/>, so an analyst's saved change shows on the next request; it
/// lives <see cref="StoreReadCache.Lifetime"/> at most (changes by another process, and the prerendered component
/// descriptors' own five-minute validity). Signed-in users (edit controls) and sign-in pages are never cached;
/// concurrent misses of one address wait for one render.
/// </summary>
public sealed class ReaderPageCachePolicy : IOutputCachePolicy
{
    public static readonly ReaderPageCachePolicy Instance = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                        && http.User.Identity?.IsAuthenticated != true
                        && !http.Request.Path.StartsWithSegments("/account")
                        // A not-found page re-executed for an unknown address must keep its 404: served from the
                        // cache (where a direct request for /not-found put it) it would answer 200.
                        && http.Features.Get<IStatusCodeReExecuteFeature>() is null
                        && !http.Request.Path.StartsWithSegments("/not-found");
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = StoreReadCache.Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["store"] = StoreGeneration.Current.ToString(CultureInfo.InvariantCulture);
        // The palette is rendered into the page (MudBlazor's theme variables), so light and dark are two pages.
        context.CacheVaryByRules.VaryByValues["theme"] = ThemeChoice.IsDark(http) ? "dark" : "light";
        if (cacheable)
        {
            // The only cookie an anonymous page sets is the antiforgery one, for the token Blazor keeps in the page
            // state; replayed from the cache it would hand one reader's cookie to all. Readers post no forms (sign-in
            // is a static page with its own token), so a shared page goes without it.
            http.Response.OnStarting(() =>
            {
                http.Response.Headers.Remove(HeaderNames.SetCookie);
                return Task.CompletedTask;
            });
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Error pages, redirects (to sign-in) and not-found pages are rendered each time.
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
