namespace CeasefireTracker.BrowserTests.Overview;

public sealed class HomePageBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task ANewcomerSeesTheSeededCounts()
    {
        var home = await app.OpenAsync(p => new HomePageObject(p));

        await Expect(home.Heading).ToBeVisibleAsync();
        await Expect(home.Count("Casualty reports")).ToHaveTextAsync("9");
        await Expect(home.Count("Ceasefire terms")).ToHaveTextAsync("3");
    }

    [Fact]
    public async Task AChangeInTheStoreShowsOnTheNextVisit()
    {
        var home = await app.OpenAsync(p => new HomePageObject(p));
        await Expect(home.Count("Officials")).ToHaveTextAsync("4");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            (await db.Officials.SingleAsync(o => o.ExternalId == "official-ibrahim-kalin")).IsDeleted = true;
            await db.SaveChangesAsync();
        }
        await home.OpenAsync();

        await Expect(home.Count("Officials")).ToHaveTextAsync("3");
    }
}
