using System.Threading.RateLimiting;
using CeasefireTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;

namespace CeasefireTracker.Features.Account;

public static class AccountExtensions
{
    public const string SignInRateLimit = "sign-in";
    public const string LoginPath = "/account/login";

    public static WebApplicationBuilder AddTrackerAccounts(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SecurityOptions.Section);
        builder.Services.Configure<SecurityOptions>(section);
        var security = section.Get<SecurityOptions>() ?? new SecurityOptions();

        builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "CeasefireTracker.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is HTTPS; the loopback tests run over plain HTTP.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        // A removed role or a lock takes effect on the next request after a minute, not after the cookie expires.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.AddIdentityCore<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = security.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = security.LockoutDuration;
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<TrackerIdentityErrors>()
            .AddEntityFrameworkStores<TrackerDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        builder.Services.AddAuthorization(o =>
        {
            if (security.RequireSignInToRead)
                o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        builder.Services.AddScoped<UserAdministration>();

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = security.SignInAttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return builder;
    }

    /// <summary>Authentication, authorization and the sign-in rate limit; goes before antiforgery.</summary>
    public static WebApplication UseTrackerAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account");

        // Plain form posts: the cookie must be set on an HTTP response, which an interactive circuit cannot do.
        account.MapPost("/sign-in", async (HttpContext context, SignInManager<IdentityUser> signInManager, ILoggerFactory loggers) =>
            {
                // Answered here, not by form binding, which would throw (a 500) on a missing or forged token.
                if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
                    return Results.BadRequest("The form has expired or did not come from this site. Reload the sign-in page and try again.");
                var form = await context.Request.ReadFormAsync();
                string? email = form["email"], password = form["password"];
                var logger = loggers.CreateLogger(typeof(AccountExtensions));
                var back = LocalPath(form["returnUrl"]);
                if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
                    return Results.LocalRedirect(LoginUrl("missing", back));

                var result = await signInManager.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    logger.LogInformation("User {UserName} signed in", email);
                    return Results.LocalRedirect(back);
                }

                if (result.IsLockedOut)
                {
                    logger.LogWarning("Sign-in refused for {UserName}: account locked", email);
                    return Results.LocalRedirect(LoginUrl("locked", back));
                }

                logger.LogWarning("Sign-in failed for {UserName}", email);
                return Results.LocalRedirect(LoginUrl("invalid", back));
            })
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimit)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());

        account.MapPost("/logout", async (SignInManager<IdentityUser> signInManager, HttpContext context, ILoggerFactory loggers) =>
            {
                if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
                    return Results.BadRequest("The form has expired or did not come from this site.");
                var name = context.User.Identity?.Name;
                await signInManager.SignOutAsync();
                loggers.CreateLogger(typeof(AccountExtensions)).LogInformation("User {UserName} signed out", name);
                return Results.LocalRedirect("/");
            })
            .RequireAuthorization()
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    private static string LoginUrl(string error, string returnUrl) =>
        $"{LoginPath}?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>Only paths of this site: an open redirect would let a link send a signed-in user anywhere.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\")
            ? url
            : "/";
}
