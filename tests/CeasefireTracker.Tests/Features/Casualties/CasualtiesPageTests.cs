using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Casualties;
using MudBlazor;

namespace CeasefireTracker.Tests.Features.Casualties;

public sealed class CasualtiesPageTests() : BunitTestBase(services => services.AddCasualtyQueries())
{
    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    private async Task<int> SideIdAsync(string externalId)
    {
        await using var db = Database.CreateContext();
        return await db.Sides.Where(s => s.ExternalId == externalId).Select(s => s.Id).SingleAsync();
    }

    private IRenderedComponent<CasualtiesPage> Open(string address)
    {
        Navigation.NavigateTo(address);
        return RenderWithProviders<CasualtiesPage>();
    }

    private static List<string> Figures(IRenderedComponent<CasualtiesPage> page) =>
        page.FindAll("[data-testid='casualty-grid'] [data-testid='figure']").Select(e => e.TextContent).ToList();

    [Fact]
    public void WithoutFiltersEveryReportIsShownWithItsWordedFigure()
    {
        var page = Open("casualties");

        page.WaitForAssertion(() => Assert.Equal(9, Figures(page).Count));
        Assert.Contains("about 400", Figures(page));
        Assert.Contains("thousands", Figures(page));
        Assert.Contains("not disclosed", Figures(page));
        Assert.Contains("1–9 of 9 reports", page.Find("[data-testid='result-count']").TextContent);
        Assert.Empty(page.FindAll("[data-testid='query-problem']"));
    }

    [Fact]
    public async Task TheSideInTheAddressKeepsOnlyThatSidesReports()
    {
        var page = Open($"casualties?side={await SideIdAsync("side-armenia")}");

        page.WaitForAssertion(() => Assert.Equal(["19", "30", "350", "many"], Figures(page).Order()));
        Assert.Contains("increment, inside a cumulative figure", page.Find("[data-testid='casualty-grid']").TextContent);
    }

    [Fact]
    public void BadQueryValuesAreReportedAndTheRestStillApplies()
    {
        var page = Open("casualties?side=abc&category=Nope&from=2020-99-99&kind=Displaced");

        page.WaitForAssertion(() => Assert.Equal(["thousands"], Figures(page)));
        var problems = page.FindAll("[data-testid='query-problem']").Select(e => e.TextContent).ToList();
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("side \"abc\""));
        Assert.Contains(problems, p => p.Contains("category \"Nope\""));
        Assert.Contains(problems, p => p.Contains("from \"2020-99-99\""));
    }

    [Fact]
    public void AFilterThatMatchesNothingSaysSo()
    {
        var page = Open("casualties?from=2030-01-01");

        page.WaitForAssertion(() => Assert.Contains("No casualty reports match", page.Find("[data-testid='no-reports']").TextContent));
        Assert.Contains("No cumulative claims match", page.Find("[data-testid='no-claims']").TextContent);
    }

    [Fact]
    public async Task TheFiltersAreAGetFormShowingTheAddressesValues()
    {
        var armenia = await SideIdAsync("side-armenia");
        var page = Open($"casualties?side={armenia}&kind=Killed&from=2020-10-01&size=10&dir=asc");
        page.WaitForAssertion(() => Assert.NotEmpty(Figures(page)));

        var form = page.Find("form[data-list-filters]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("casualties", form.GetAttribute("action"));
        string? Selected(string name) => form.QuerySelector($"select[name='{name}'] option[selected]")?.GetAttribute("value");
        Assert.Equal(armenia.ToString(System.Globalization.CultureInfo.InvariantCulture), Selected("side"));
        Assert.Equal("Killed", Selected("kind"));
        Assert.Equal("asc", Selected("dir"));
        Assert.Equal("10", Selected("size"));
        Assert.Null(Selected("category"));
        Assert.Equal("2020-10-01", form.QuerySelector("input[name='from']")!.GetAttribute("value"));
        // Every control's name is a key the address reads: the form and the links write one address.
        Assert.All(form.QuerySelectorAll("select, input"),
            control => Assert.Contains(CasualtyQueryString.Keys, k => k.Name == control.GetAttribute("name")));
    }

    [Fact]
    public async Task ConflictingClaimsStandSideBySideAndTheTotalSaysHowItWasFormed()
    {
        var page = Open($"casualties?side={await SideIdAsync("side-armenia")}");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid='total']")));
        var total = page.Find("[data-testid='total']").TextContent;
        Assert.Contains("Armenia, killed, according to Armenian side (reporter not named): 369", total);
        Assert.Contains("Increments are not added", page.Find("[data-testid='total-explanation']").TextContent);
        var claims = page.Find("[data-testid='claims-side-by-side']").TextContent;
        Assert.Contains("Claimed by Armenian side (reporter not named)", claims);
        Assert.DoesNotMatch(@"\b380\b", page.Find("[data-testid='total']").TextContent);
    }

    [Fact]
    public void EachRowLinksToItsQuoteInTheSourceAndItsFigureToItsPage()
    {
        var page = Open($"casualties?kind={CasualtyKind.Displaced}");

        page.WaitForAssertion(() => Assert.Single(Figures(page)));
        Assert.Matches(@"^casualties/\d+$", page.FindAll("[data-testid='casualty-grid'] a:has([data-testid='figure'])").Single().GetAttribute("href"));
        var link = page.FindAll("[data-testid='casualty-grid'] a[href^='sources/']").Single();
        Assert.Matches(@"^sources/\d+\?highlight=\d+:55$", link.GetAttribute("href"));
        Assert.Contains("forcé des milliers de personnes à quitter leurs maisons", link.TextContent);
    }

    [Fact]
    public void AWellFormedButUnknownSideIsReportedAndMatchesNothing()
    {
        var page = Open("casualties?side=99999");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='no-reports']")));
        Assert.Contains("side 99999 is not a known side", Assert.Single(page.FindAll("[data-testid='query-problem']")).TextContent);
    }

    [Fact]
    public void TheHeadingsAreInOrderWithOneH1()
    {
        var page = Open("casualties");

        page.WaitForAssertion(() => Assert.Equal(9, Figures(page).Count));
        var levels = page.FindAll("h1, h2, h3, h4, h5, h6").Select(h => int.Parse(h.TagName[1..])).ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
    }

    [Fact]
    public void APagePastTheEndShowsTheLastPageAndSaysSo()
    {
        var page = Open("casualties?page=3&size=10");

        page.WaitForAssertion(() => Assert.Equal(9, Figures(page).Count));
        Assert.Contains("page 3 is past the last page (1)", Assert.Single(page.FindAll("[data-testid='query-problem']")).TextContent);
    }

    [Fact]
    public void ThePagerLinksToTheOtherPagesKeepingTheFilter()
    {
        var filter = new CasualtyFilter { Kind = CasualtyKind.Killed, From = new DateOnly(2020, 10, 1), PageSize = 10, Page = 2 };
        var pager = Context.Render<CeasefireTracker.Components.Shared.QueryPager>(p => p
            .Add(x => x.Page, 2).Add(x => x.PageCount, 3).Add(x => x.Total, 25).Add(x => x.ItemName, "reports")
            .Add(x => x.PageHref, n => CasualtyQueryString.Format(filter with { Page = n })));

        var links = pager.FindAll("a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("casualties?kind=Killed&from=2020-10-01&size=10", links["First"]);
        Assert.Equal("casualties?kind=Killed&from=2020-10-01&size=10", links["Previous"]);
        Assert.Equal("casualties?kind=Killed&from=2020-10-01&page=3&size=10", links["Next"]);
        Assert.Equal("casualties?kind=Killed&from=2020-10-01&page=3&size=10", links["Last"]);
        Assert.Contains("25 reports, page 2 of 3", pager.Find("[data-testid='pager-summary']").TextContent);
    }

    private static int RowsWithControls(IRenderedComponent<CasualtiesPage> page, string verb) =>
        page.FindAll("[data-testid='casualty-grid'] tbody tr")
            .Count(row => row.QuerySelectorAll("button[aria-label]").Any(b => b.GetAttribute("aria-label")!.StartsWith(verb + " casualty report #", StringComparison.Ordinal)));

    [Fact]
    public void AReaderSeesNoEditOrDeleteControlsInTheGrid()
    {
        var page = Open("casualties");

        page.WaitForAssertion(() => Assert.Equal(9, Figures(page).Count));
        Assert.Empty(page.FindAll("[data-testid='casualty-grid'] button[aria-label]"));
        Assert.Empty(page.FindComponents<CeasefireTracker.Features.Editing.RecordControls>());
    }

    [Fact]
    public void AnAnalystSeesEditAndDeleteOnEveryRowOfTheGrid()
    {
        Authorization.SetAuthorized("analyst@example.org").SetRoles(Roles.Analyst);
        var page = Open("casualties");

        page.WaitForAssertion(() => Assert.Equal(9, Figures(page).Count));
        Assert.Equal(9, RowsWithControls(page, "Edit"));
        Assert.Equal(9, RowsWithControls(page, "Delete"));
    }
}
