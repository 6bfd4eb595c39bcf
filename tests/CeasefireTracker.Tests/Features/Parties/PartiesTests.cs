using Bunit;
using CeasefireTracker.Features.Parties;
using CeasefireTracker.Tests.Infrastructure;

namespace CeasefireTracker.Tests.Features.Parties;

public sealed class PartiesPageTests : BunitTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Context.Services.AddPartyQueries();
    }

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
        var html = await factory.GetPageAsync("/parties");
        Assert.Contains("OSCE Minsk Group", html);
        Assert.Contains("Ibrahim Kalin", html);
        Assert.Contains("Belligerent", html);
    }
}
