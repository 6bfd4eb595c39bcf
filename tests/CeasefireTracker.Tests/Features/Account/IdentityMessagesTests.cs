using System.Reflection;
using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Tests.Features.Account;

public sealed class IdentityMessagesTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task AShortPasswordIsRefusedWithOneSentenceNamingWhatAPasswordNeeds()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();

        var errors = await administration.CreateUnrestrictedAsync("short@example.org", "abc", []);

        Assert.Equal(["A password needs at least 12 characters, with an upper-case letter, a lower-case letter and a digit."], errors);
    }

    [Fact]
    public void EveryIdentityMessageIsInOurWords()
    {
        var ours = new TrackerIdentityErrors(Options.Create(new IdentityOptions()));
        var framework = new IdentityErrorDescriber();
        var methods = typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.ReturnType == typeof(IdentityError) && m.IsVirtual);

        foreach (var method in methods)
        {
            var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)3 : "value").ToArray();
            var ourMessage = ((IdentityError)method.Invoke(ours, arguments)!).Description;
            var frameworkMessage = ((IdentityError)method.Invoke(framework, arguments)!).Description;
            Assert.True(ourMessage != frameworkMessage, $"{method.Name} gives the framework's message: {frameworkMessage}");
        }
    }

    [Fact]
    public void TheAppDescribesIdentityErrorsInOurWords() =>
        Assert.IsType<TrackerIdentityErrors>(factory.Services.CreateScope().ServiceProvider.GetRequiredService<IdentityErrorDescriber>());
}
