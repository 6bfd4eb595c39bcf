using Bunit;
using CeasefireTracker.Domain;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CeasefireTracker.Tests.Features.Casualties;

public sealed class CasualtiesPageTests : BunitTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Context.Services.AddCasualtyQueries();
    }

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
    public async Task ChoosingASideNavigatesToTheFilteredAddressOnTheFirstPage()
    {
        var armenia = await SideIdAsync("side-armenia");
        var page = Open("casualties?page=2&size=10");
        page.WaitForAssertion(() => Assert.Equal(9, Figures(page).Count));

        var sideSelect = page.FindComponents<MudSelect<int?>>().Single(s => s.Instance.Label == "Affected side");
        await page.InvokeAsync(() => sideSelect.Instance.ValueChanged.InvokeAsync(armenia));

        Assert.EndsWith($"/casualties?side={armenia}&size=10", Navigation.Uri);
        page.WaitForAssertion(() => Assert.Equal(4, Figures(page).Count));
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
    public void EachRowLinksToItsQuoteInTheSource()
    {
        var page = Open($"casualties?kind={CasualtyKind.Displaced}");

        page.WaitForAssertion(() => Assert.Single(Figures(page)));
        var link = page.FindAll("[data-testid='casualty-grid'] a").Single();
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
    public async Task ThePagerAndTheDatePickerNavigateToTheNewAddress()
    {
        var page = Open("casualties?size=10&kind=Killed");
        page.WaitForAssertion(() => Assert.Equal(5, Figures(page).Count));

        var from = page.FindComponents<MudDatePicker>().Single(p => p.Instance.Label == "Period ends on or after");
        await page.InvokeAsync(() => from.Instance.DateChanged.InvokeAsync(new DateTime(2020, 10, 1)));
        Assert.EndsWith("/casualties?kind=Killed&from=2020-10-01&size=10", Navigation.Uri);

        var pager = page.FindComponent<MudPagination>();
        await page.InvokeAsync(() => pager.Instance.SelectedChanged.InvokeAsync(2));
        Assert.EndsWith("/casualties?kind=Killed&from=2020-10-01&page=2&size=10", Navigation.Uri);
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
