using System.Threading.RateLimiting;
using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Scalar.AspNetCore;

namespace CeasefireTracker.Features.Api;

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Reads a minute from one address without a token; signed-in callers and tokens are not limited.</summary>
    public int AnonymousRequestsPerMinute { get; set; } = 120;
}

public static class ApiExtensions
{
    public const string WritePolicy = "api-write";
    public const string ReadRateLimit = "api-read";
    public const string ReadCors = "api-read";

    /// <summary>Picks the token handler for <c>Authorization: Bearer</c> requests and the sign-in cookie otherwise.</summary>
    private const string CookieOrToken = "cookie-or-token";

    public static WebApplicationBuilder AddTrackerApi(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        builder.Services.AddScoped<ApiTokens>();
        builder.Services.AddScoped<ChangeFeed>();

        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(CookieOrToken, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme);
        builder.Services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = CookieOrToken);

        // Writes take tokens only: a cookie would let any site a signed-in analyst visits post to the API.
        builder.Services.AddAuthorizationBuilder().AddPolicy(WritePolicy, policy => policy
            .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireRole(Roles.Analyst)
            .RequireClaim(ApiTokenAuthenticationHandler.ScopeClaim, "write"));

        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(ReadRateLimit, context => context.User.Identity?.IsAuthenticated == true
                ? RateLimitPartition.GetNoLimiter("signed-in")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.AnonymousRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                    await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                        "This address has read too much in the last minute. Wait for Retry-After seconds, or use a personal API token.");
            };
        });

        builder.Services.AddCors(o => o.AddPolicy(ReadCors, policy => policy
            .AllowAnyOrigin().WithMethods("GET", "HEAD").WithHeaders("If-None-Match", "Authorization")
            .WithExposedHeaders("ETag", "Link", "Retry-After", "Location")));

        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>CORS for the API's reads; before the rest of the pipeline so preflight requests are answered at once.</summary>
    public static WebApplication UseTrackerApi(this WebApplication app)
    {
        app.UseCors();
        return app;
    }

    public static WebApplication MapTrackerApi(this WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1");
        RecordEndpoints.Map(v1);
        ChangeFeed.Map(v1);
        AtomFeed.Map(app);
        // Under /api every error is a problem document, never the reader's not-found page: an address that names
        // nothing (404), a body of another type (415), whatever the framework answers without a body.
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/api/docs"))
            {
                await next(context);
                return;
            }

            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            await next(context);
            if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null)
                await ApiProblems.WriteAsync(context, context.Response.StatusCode, ReasonPhrases.GetReasonPhrase(context.Response.StatusCode),
                    context.Response.StatusCode switch
                    {
                        StatusCodes.Status404NotFound => $"{context.Request.Path} is not an address of this API. See /api/docs.",
                        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
                        StatusCodes.Status415UnsupportedMediaType => "The body must be JSON: send the record with Content-Type: application/json.",
                        _ => "The request was refused.",
                    });
        });

        // Scalar's page starts itself with an inline module script: it carries a fresh nonce, which this page's policy
        // (and no other) allows. Callbacks run last-registered first, so this one runs before the policy is written.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/docs"))
                context.Response.OnStarting(() =>
                {
                    if (context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
                        context.Items[Security.SecurityExtensions.ScriptNonceItem] = nonce;
                    return Task.CompletedTask;
                });
            return next(context);
        });
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("CeasefireTracker API").WithNonce()).AllowAnonymous();
        return app;
    }

    internal static RouteHandlerBuilder ApiRead(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireCors(ReadCors).RequireRateLimiting(ReadRateLimit);

    internal static RouteHandlerBuilder ApiWrite(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(WritePolicy).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
