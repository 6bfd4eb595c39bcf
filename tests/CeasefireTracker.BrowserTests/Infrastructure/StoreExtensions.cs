namespace CeasefireTracker.BrowserTests.Infrastructure;

public static class StoreExtensions
{
    /// <summary>Reads something from the app's store, for a test that needs an id or a quote the seed gave it.</summary>
    public static async Task<T> ReadStoreAsync<T>(this BrowserAppFixture app, Func<TrackerDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }
}
