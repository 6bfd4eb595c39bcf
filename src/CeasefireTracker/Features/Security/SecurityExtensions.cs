using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Antiforgery;

namespace CeasefireTracker.Features.Security;

/// <summary>
/// Response headers that limit what a page may do in the browser, and forwarded headers honoured only from the
/// proxies the configuration names (so a client cannot claim another address or HTTPS).
/// </summary>
public static class SecurityExtensions
{
    /// <summary>
    /// Scripts only from this site (blazor.web.js, MudBlazor.min.js, the reconnect module): a stored script that
    /// escaped encoding cannot run. MudBlazor sets style attributes and a theme style element, so styles may be inline.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// <c>HttpContext.Items</c> key for the per-request nonce of a response that must run an inline script it does not
    /// control (Scalar's API reference page): that response's policy also allows scripts carrying the nonce.
    /// </summary>
    public const string ScriptNonceItem = "csp-script-nonce";

    public static WebApplicationBuilder AddTrackerSecurity(this WebApplicationBuilder builder)
    {
        // The antiforgery cookie is Secure whenever the request came over HTTPS (directly or through a known proxy).
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        var proxies = builder.Configuration.GetSection("Security:KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies; the defaults (loopback) would trust any local process's headers.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (!IPAddress.TryParse(proxy, out var address))
                    throw new InvalidOperationException($"Security:KnownProxies holds \"{proxy}\", which is not an IP address.");
                o.KnownProxies.Add(address);
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline: every answer (pages, files, errors, cached pages) carries the headers.</summary>
    public static WebApplication UseTrackerSecurity(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Items[ScriptNonceItem] is string nonce
                    ? ContentSecurityPolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                    : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value.KnownProxies.Count > 0)
            app.UseForwardedHeaders();
        return app;
    }
}
