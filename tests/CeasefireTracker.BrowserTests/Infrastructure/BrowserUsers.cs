using CeasefireTracker.Features.Account;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.BrowserTests.Infrastructure;

/// <summary>Accounts the browser tests sign in with, created in the fixture's database.</summary>
public static class BrowserUsers
{
    public const string Password = "Browser-Test-Pass-1";
    public const string Analyst = "analyst@example.org";
    public const string SecondAnalyst = "second.analyst@example.org";
    public const string Reader = "reader@example.org";

    public static async Task CreateAsync(BrowserAppFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        foreach (var (email, roles) in new[] { (Analyst, new[] { Roles.Analyst }), (SecondAnalyst, [Roles.Analyst]), (Reader, []) })
        {
            var errors = await administration.CreateUnrestrictedAsync(email, Password, roles);
            if (errors.Count > 0) throw new InvalidOperationException(string.Join(" ", errors));
        }
    }
}
