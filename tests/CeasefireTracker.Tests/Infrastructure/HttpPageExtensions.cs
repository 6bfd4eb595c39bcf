namespace CeasefireTracker.Tests.Infrastructure;

public static class HttpPageExtensions
{
    /// <summary>A client of the app that shows redirects as they are answered instead of following them.</summary>
    public static HttpClient CreateClientWithoutRedirects(this TrackerAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Gets an address and checks it answered <paramref name="status"/>; returns the answer for further checks.</summary>
    public static async Task<HttpResponseMessage> GetAnsweringAsync(this HttpClient client, string path, HttpStatusCode status)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        return response;
    }

    /// <summary>As <see cref="GetAnsweringAsync(HttpClient, string, HttpStatusCode)"/> with a fresh client of the app.</summary>
    public static Task<HttpResponseMessage> GetAnsweringAsync(this TrackerAppFactory factory, string path, HttpStatusCode status) =>
        factory.CreateClient().GetAnsweringAsync(path, status);

    /// <summary>Gets an address that cannot be read and checks it answered 400 with a problem whose message has <paramref name="message"/>.</summary>
    public static async Task AssertBadRequestAsync(this TrackerAppFactory factory, string path, string message) =>
        Assert.Contains(message, await (await factory.GetAnsweringAsync(path, HttpStatusCode.BadRequest)).ProblemDetailAsync());

    /// <summary>Gets an address, checks it answered 200 and returns its body as sent (HTML still encoded).</summary>
    public static async Task<string> GetRawPageAsync(this TrackerAppFactory factory, string path) =>
        await (await factory.GetAnsweringAsync(path, HttpStatusCode.OK)).Content.ReadAsStringAsync();

    /// <summary>Changes the app's store through the app's own context factory (so its save hooks run) and saves.</summary>
    public static async Task ChangeStoreAsync(this TrackerAppFactory factory, Func<TrackerDbContext, Task> change)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        await change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>The id the app's store gave the side seeded as <paramref name="externalId"/> ("side-armenia").</summary>
    public static async Task<int> SideIdAsync(this TrackerAppFactory factory, string externalId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return await db.Sides.Where(s => s.ExternalId == externalId).Select(s => s.Id).SingleAsync();
    }

    /// <summary>The message of an error answer, checking it is a problem document (RFC 9457).</summary>
    public static async Task<string> ProblemDetailAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }

    /// <summary>Gets a page, checks it answered 200 and returns its prerendered HTML with entities decoded.</summary>
    public static async Task<string> GetPageAsync(this TrackerAppFactory factory, string path) =>
        WebUtility.HtmlDecode(await factory.GetRawPageAsync(path));

    /// <summary>Gets a page (200, as <see cref="GetPageAsync"/>) and asserts it shows each of <paramref name="texts"/>; returns its HTML.</summary>
    public static async Task<string> AssertPageShowsAsync(this TrackerAppFactory factory, string path, params string[] texts)
    {
        var html = await factory.GetPageAsync(path);
        foreach (var text in texts) Assert.Contains(text, html);
        return html;
    }
}
