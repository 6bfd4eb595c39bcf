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

    /// <summary>Gets a page (200, as <see cref="GetPageAsync"/>) and asserts it shows each of <paramref name="texts"/>; returns its HTML.</summary>
    public static async Task<string> AssertPageShowsAsync(this TrackerAppFactory factory, string path, params string[] texts)
    {
        var html = await factory.GetPageAsync(path);
        foreach (var text in texts) Assert.Contains(text, html);
        return html;
    }
}
