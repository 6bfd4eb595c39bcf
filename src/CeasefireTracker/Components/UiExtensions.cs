using CeasefireTracker.Data;
using CeasefireTracker.Data.Configurations;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Security;
using MudBlazor.Services;
using Serilog;
using Serilog.Settings.Configuration;

namespace CeasefireTracker.Components;

public static class UiExtensions
{
    // Named explicitly: under a test host the entry assembly's dependency list does not lead Serilog to its sinks.
    private static readonly ConfigurationReaderOptions SinkAssemblies = new(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly, typeof(FileLoggerConfigurationExtensions).Assembly,
        typeof(Serilog.Formatting.Compact.CompactJsonFormatter).Assembly);

    public static WebApplicationBuilder AddTrackerLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host (the tests start many in one process) gets its own logger instead of
        // freezing the one static bootstrap logger, which can be frozen only once.
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>(), SinkAssemblies)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<ControlCharacterEscaper>(), preserveStaticLogger: true);
        return builder;
    }

    public const long CircuitMessageLimit = 4L * Limits.SourceText;

    public static WebApplicationBuilder AddTrackerUi(this WebApplicationBuilder builder)
    {
        // Outside Development an unpublished build serves no static web assets (blazor.web.js, MudBlazor's files)
        // unless asked to; the tests and `dotnet run` in any environment need them.
        builder.WebHost.UseStaticWebAssets();
        // A field's value travels in one circuit message; SignalR's default 32 KB dropped long notes and source texts
        // silently. The limit fits the longest text field (Limits.SourceText) at up to 3 UTF-8 bytes a character.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = CircuitMessageLimit);
        builder.Services.AddMudServices();
        builder.Services.AddOutputCache();
        builder.Services.AddReaderAdmission(builder.Configuration);
        return builder;
    }

    public static WebApplication UseTrackerPipeline(this WebApplication app)
    {
        app.UseTrackerSecurity();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        // Request logging records method, path, status and time; query strings and headers (cookies) stay out.
        // The app's own logger, not the static one: with a preserved static logger that would be the bootstrap one.
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseTrackerAccounts();
        // Before the cache: one address per view, so junk keys neither render nor take a cache entry.
        app.UseMiddleware<ListPageAddresses>();
        // After authentication: whether a request may be served from the cache depends on who is signed in.
        app.UseOutputCache();
        // After the cache: only renders (misses) wait for admission.
        app.UseMiddleware<ReaderAdmission>();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().CacheOutput(ReaderPageCachePolicy.Instance)
            .RequireReaderAdmission();
        app.MapAccountEndpoints();
        return app;
    }
}
