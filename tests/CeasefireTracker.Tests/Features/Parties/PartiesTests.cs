using CeasefireTracker.Features.Parties;

namespace CeasefireTracker.Tests.Features.Parties;

public sealed class PartiesPageTests() : BunitTestBase(services => services.AddPartyQueries())
{
    [Fact]
    public void ListsPartiesWithSideAndParentAndOfficialsWithTheirParty()
    {
        var page = RenderWithProviders<PartiesPage>();
        page.WaitForAssertion(() => Assert.Contains("Jeyhun Bayramov", page.Markup));

        var partyRows = page.Find("table").QuerySelectorAll("tbody tr").Where(r => r.QuerySelectorAll("td").Length == 5).ToList();
        Assert.Equal(10, partyRows.Count);
        Assert.Contains("Nagorno-Karabakh conflict", page.Markup);
        var officials = page.FindAll("table")[1].QuerySelectorAll("tbody tr");
        Assert.Equal(4, officials.Length);
        Assert.Contains(officials, r => r.TextContent.Contains("Minister of Foreign Affairs") && r.TextContent.Contains("Azerbaijan"));
    }
}

public sealed class PartiesHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task ThePartiesPageIsPrerendered()
    {
        await factory.AssertPageShowsAsync("/parties", "OSCE Minsk Group", "Ibrahim Kalin", "Belligerent");
    }
}
