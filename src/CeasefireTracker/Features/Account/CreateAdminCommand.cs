using CeasefireTracker.Features.Commands;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Features.Account;

/// <summary>
/// <c>create-admin --email someone@example.org</c>: creates the first administrator (also an analyst). The password
/// comes from the environment variable <see cref="PasswordVariable"/> or, when that is unset, the first line of
/// standard input, so it never sits in code, config or the shell history.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "CEASEFIRE_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        var email = CommandLine.Option(args, "--email")?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            await output.WriteLineAsync($"Usage: {Name} --email <address>   (password from ${PasswordVariable} or standard input)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"Password for {email} (one line on standard input):");
            password = await input.ReadLineAsync();
        }

        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"No password given: set {PasswordVariable} or pipe it on standard input.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var errors = await administration.CreateUnrestrictedAsync(email, password, Roles.All);
        if (errors.Count > 0)
        {
            foreach (var error in errors) await output.WriteLineAsync(error);
            return 1;
        }

        await output.WriteLineAsync($"Administrator {email} is ready (roles: {string.Join(", ", Roles.All)}).");
        return 0;
    }
}
