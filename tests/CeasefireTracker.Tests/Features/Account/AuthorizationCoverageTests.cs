using System.Reflection;
using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CeasefireTracker.Tests.Features.Account;

/// <summary>
/// Enumerates every page and endpoint of the app, so a new mutating one cannot slip through unprotected.
/// </summary>
public sealed class AuthorizationCoverageTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private static readonly Type[] WritingServices = [typeof(RecordEditor), typeof(UserAdministration)];

    private static bool Writes(Type page) =>
        page.GetCustomAttributes<RouteAttribute>().Any(r => r.Template.StartsWith("/manage", StringComparison.Ordinal)
                                                            || r.Template.StartsWith("/account/users", StringComparison.Ordinal))
        || page.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Any(p => p.GetCustomAttribute<InjectAttribute>() is not null && WritingServices.Contains(p.PropertyType));

    [Fact]
    public void EveryPageThatWritesRequiresTheAnalystOrAdminRole()
    {
        Enumerated.Covers(AppRoutes.Pages.Select(p => p.Name), "HomePage", "ManagePage", "UsersPage");
        var writing = AppRoutes.Pages.Where(Writes).ToList();
        Assert.Contains(writing, p => p.Name == "ManagePage");
        Assert.Contains(writing, p => p.Name == "UsersPage");
        foreach (var page in writing)
        {
            var roles = page.GetCustomAttributes<AuthorizeAttribute>().Select(a => a.Roles ?? "").ToList();
            Assert.True(roles.Any(r => r.Contains(Roles.Analyst) || r.Contains(Roles.Admin)), $"{page.Name} writes but has no [Authorize(Roles = ...)]");
            Assert.Empty(page.GetCustomAttributes<AllowAnonymousAttribute>());
        }
    }

    [Fact]
    public void EveryNonGetEndpointRequiresAuthorizationExceptSignIn()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var mutating = endpoints
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { } methods && methods.Any(m => m != HttpMethods.Get && m != HttpMethods.Head))
            // Page endpoints accept POST only for static forms; the app's pages are interactive and write through
            // RecordEditor, which checks the role itself (RecordEditorTests).
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null)
            .ToList();

        Assert.Contains(mutating, e => e.RoutePattern.RawText == "/account/sign-in");
        foreach (var endpoint in mutating)
        {
            if (endpoint.RoutePattern.RawText == "/account/sign-in")
            {
                Assert.NotNull(endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>());
                continue;
            }

            // The Blazor hub's negotiate and disconnect posts carry no writes: writes go through the circuit.
            if (endpoint.RoutePattern.RawText?.StartsWith("/_blazor", StringComparison.Ordinal) == true) continue;
            Assert.True(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any() && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null,
                $"{endpoint.DisplayName} ({endpoint.RoutePattern.RawText}) changes state without requiring authorization");
        }
    }

    [Fact]
    public void EveryPostedFormCarriesAnAntiforgeryRequirement()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is "/account/sign-in" or "/account/logout").ToList();
        Enumerated.Covers(endpoints.Select(e => e.RoutePattern.RawText), "/account/sign-in", "/account/logout");
        Assert.All(endpoints, e => Assert.True(e.Metadata.GetMetadata<Microsoft.AspNetCore.Antiforgery.IAntiforgeryMetadata>()?.RequiresValidation));
    }
}
