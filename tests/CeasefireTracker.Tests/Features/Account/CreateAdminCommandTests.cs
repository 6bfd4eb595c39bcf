using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Tests.Features.Account;

public sealed class CreateAdminCommandTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private async Task<(int Code, string Output)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var code = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", .. args], new StringReader(stdin), output);
        return (code, output.ToString());
    }

    [Fact]
    public async Task CreatesAnAdministratorWhoIsAlsoAnAnalystWithThePasswordFromStandardInput()
    {
        var (code, output) = await RunAsync("Strong-Enough-Pass-9\n", "--email", "first.admin@example.org");

        Assert.Equal(0, code);
        Assert.Contains("Administrator first.admin@example.org is ready", output);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync("first.admin@example.org");
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, "Strong-Enough-Pass-9"));
        Assert.Equal([Roles.Admin, Roles.Analyst], (await users.GetRolesAsync(user)).Order());
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedWithTheRulesItBreaks()
    {
        var (code, output) = await RunAsync("short\n", "--email", "weak@example.org");

        Assert.Equal(1, code);
        Assert.Contains("at least 12 characters", output);
    }

    [Fact]
    public async Task WithoutAnEmailItPrintsUsage()
    {
        var (code, output) = await RunAsync("", []);
        Assert.Equal(2, code);
        Assert.Contains("Usage: create-admin --email", output);
    }
}
