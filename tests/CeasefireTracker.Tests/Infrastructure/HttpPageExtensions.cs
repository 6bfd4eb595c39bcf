using System.Net;

namespace CeasefireTracker.Tests.Infrastructure;

public static class HttpPageExtensions
{
    /// <summary>Gets a page, checks it answered 200 and returns its prerendered HTML with entities decoded.</summary>
    public static async Task<string> GetPageAsync(this TrackerAppFactory factory, string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
