using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Tests.Features.Security;

/// <summary>
/// Every text field's longest allowed value (enumerated from the EF model, so a new field is covered) must fit in
/// one circuit message, or the edit form loses it without a word.
/// </summary>
public sealed class LongTextTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public void TheCircuitAcceptsTheLongestValueOfEveryTextField()
    {
        var hub = Type.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub, Microsoft.AspNetCore.Components.Server", throwOnError: true)!;
        var accessor = factory.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub)));
        var options = (HubOptions)accessor.GetType().GetProperty("Value")!.GetValue(accessor)!;

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var fields = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
            .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null).ToList();
        Assert.NotEmpty(fields);
        foreach (var field in fields)
        {
            // UTF-8 takes up to 3 bytes for a character of the BMP; the message adds its envelope.
            var needed = field.GetMaxLength()!.Value * 3L + 4096;
            Assert.True(options.MaximumReceiveMessageSize >= needed,
                $"{field.DeclaringType.ClrType.Name}.{field.Name} ({field.GetMaxLength():N0} characters) does not fit in a circuit message of {options.MaximumReceiveMessageSize:N0} bytes");
        }
    }
}
