using Bunit.TestDoubles;
using MudBlazor;
using MudBlazor.Services;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// One bUnit set-up for every component test: MudBlazor services, loose JS interop, no transitions, and a seeded
/// temporary database behind <see cref="IDbContextFactory{TContext}"/>, plus the services a test class names.
/// </summary>
public abstract class BunitTestBase(Action<IServiceCollection>? services = null) : DatabaseTestBase
{
    // bUnit's one-second default wait fails on a loaded two-core CI machine while the component is still rendering.
    static BunitTestBase() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);

    protected BunitContext Context { get; } = new();

    /// <summary>Who the rendered components see; anonymous until a test calls SetAuthorized and SetRoles.</summary>
    protected BunitAuthorizationContext Authorization { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Context.Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        Context.Services.AddSingleton(Database.Factory);
        Context.Services.AddSingleton(TimeProvider.System);
        // Components and the services behind them log; a test keeps no log.
        Context.Services.AddLogging();
        Context.Services.AddSingleton<CeasefireTracker.Data.Integrity.UnreadableRecords>();
        Context.Services.AddSingleton<CeasefireTracker.Features.Editing.EditingQueries>();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        // Reader pages hold analyst-only controls in AuthorizeView; tests see them as an anonymous reader unless
        // a test signs in through the context AddAuthorization returns.
        Authorization = Context.AddAuthorization();
        // The feature services the page under test needs (its queries), given by the test class.
        services?.Invoke(Context.Services);
    }

    /// <summary>Renders a component inside the MudBlazor providers that popovers, dialogs and snackbars need.</summary>
    protected IRenderedComponent<TComponent> RenderWithProviders<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null) where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        Context.Render<MudPopoverProvider>();
        Context.Render<MudDialogProvider>();
        Context.Render<MudSnackbarProvider>();
        return Context.Render(parameters);
    }

    public override async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        await base.DisposeAsync();
    }
}
