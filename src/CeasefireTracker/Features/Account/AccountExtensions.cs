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
            // Every request checks the user's security stamp, so a sign-out ends copies of the cookie at once.
            o.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
        });
        // Identity's own check (after ours, which compares the stamp on every request) refreshes the cookie's roles.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.AddIdentityCore<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                // High, so that guesses cannot lock a user out at will (per-address limit comes first; admins unlock).
                o.Lockout.MaxFailedAccessAttempts = security.MaxFailedSignInsPerAccount;
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
        builder.Services.AddScoped<PasswordSignIn>();

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
        account.MapPost("/sign-in", async (HttpContext context, PasswordSignIn signIn) =>
            {
                // Answered here, not by form binding, which would throw (a 500) on a missing or forged token.
                if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
                    return Results.BadRequest("The form has expired or did not come from this site. Reload the sign-in page and try again.");
                var form = await context.Request.ReadFormAsync();
                string? email = form["email"], password = form["password"];
                var back = LocalPath(form["returnUrl"]);
                if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
                    return Results.LocalRedirect(LoginUrl("missing", back));

                // One answer for an unknown address, a wrong password and a locked account: none reveals an account.
                return await signIn.SignInAsync(email.Trim(), password) == SignInOutcome.SignedIn
                    ? Results.LocalRedirect(back)
                    : Results.LocalRedirect(LoginUrl("invalid", back));
            })
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimit)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());

        account.MapPost("/logout", async (HttpContext context, ILoggerFactory loggers) =>
            {
                if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
                    return Results.BadRequest("The form has expired or did not come from this site.");
                var name = context.User.Identity?.Name;
                await SessionValidation.SignOutEverywhereAsync(context);
                loggers.CreateLogger(typeof(AccountExtensions)).LogInformation("User {UserName} signed out", name);
                return Results.LocalRedirect("/");
            })
            .RequireAuthorization()
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    private static string LoginUrl(string error, string returnUrl) =>
        $"{LoginPath}?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>
    /// Only paths of this site: an open redirect would let a link send a signed-in user anywhere. Control characters
    /// (tab, CR/LF) cannot go into a Location header, so such an address is ignored; other non-ASCII is escaped.
    /// </summary>
    public static string LocalPath(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 } url || !url.StartsWith('/') || url.StartsWith("//") || url.StartsWith("/\\")
            || url.Any(char.IsControl))
            return "/";
        return System.Text.RegularExpressions.Regex.Replace(url, "[^\\u0000-\\u007e]+", m => Uri.EscapeDataString(m.Value));
    }
}
