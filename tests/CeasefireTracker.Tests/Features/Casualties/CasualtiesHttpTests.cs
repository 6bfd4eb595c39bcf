namespace CeasefireTracker.Tests.Features.Casualties;

public sealed class CasualtiesHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private static List<string> Figures(string html) =>
        Regex.Matches(html, "data-testid=\"figure\"[^>]*>([^<]*)<").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [Fact]
    public async Task TheGridIsPrerenderedWithEveryReport()
    {
        var html = await factory.GetRawPageAsync("/casualties");
        Assert.Equal(9, Figures(html).Count);
        Assert.Contains("<h1", html);
    }

    [Fact]
    public async Task TheSideInTheAddressPrerendersOnlyThatSide()
    {
        var client = factory.CreateClient();
        var armenia = await factory.SideIdAsync("side-armenia");

        var html = await client.GetStringAsync($"/casualties?side={armenia}");

        Assert.Equal(["19", "30", "350", "many"], Figures(html).Order());
        Assert.DoesNotContain("about 400", html);
    }

    [Fact]
    public async Task BadQueryValuesAnswer200WithAMessage()
    {
        var html = await factory.AssertPageShowsAsync("/casualties?side=abc&category=Nope&from=2020-99-99",
            "side \"abc\" is not a record number", "category \"Nope\" is not one of", "from \"2020-99-99\" is not a date");
        Assert.Equal(9, Figures(html).Count);
    }

    [Theory]
    [InlineData("/casualties?page=999999999999")]
    [InlineData("/casualties?page=2147483647&size=100")]
    [InlineData("/casualties?size=-5&dir=sideways&sort=%00")]
    [InlineData("/casualties?from=2020-10-09&to=2020-01-01")]
    [InlineData("/casualties?side=99999")]
    public Task OddAddressesNeverAnswer500(string address) => factory.GetAnsweringAsync(address, HttpStatusCode.OK);
}
