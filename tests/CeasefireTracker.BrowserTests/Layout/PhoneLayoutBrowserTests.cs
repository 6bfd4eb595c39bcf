namespace CeasefireTracker.BrowserTests.Layout;

/// <summary>
/// A reader's first screen on a 390 px phone: filters folded behind a control that says what is set, a report as a
/// compact card, a source's title that leaves room for its text. (No page scrolls sideways: AccessibilityBrowserTests.)
/// </summary>
public sealed class PhoneLayoutBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private const int PhoneHeight = 844;

    [Fact]
    public async Task OnAPhoneTheCasualtyFiltersAreFoldedBehindAControlThatSaysWhatIsSet()
    {
        var grid = await app.OpenAsync(p => new CasualtiesPageObject(p), "?category=Civilian&kind=Killed", Screens.Phone);

        await Expect(grid.FiltersControl).ToHaveTextAsync("Filters civilian, killed");
        await Expect(grid.SideFilter).ToBeHiddenAsync();
        await Expect(grid.Figures.First).ToBeInViewportAsync();

        await grid.FiltersControl.TapAsync();

        await Expect(grid.SideFilter).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OnAPhoneOpenedFiltersStayOpenWhileTheReaderChangesThemAndSayWhatIsSet()
    {
        var page = await app.NewPageAsync(Screens.Phone);
        var grid = new CasualtiesPageObject(page);
        await grid.OpenAsync();
        await Expect(grid.FiltersControl).ToHaveTextAsync("Filters none set");
        await grid.FiltersControl.TapAsync();

        await grid.FilterBySideAsync("Armenia");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/casualties\?side=\d+$"));
        await Expect(grid.FiltersControl).ToHaveTextAsync("Filters Armenia");
        await Expect(grid.SideFilter).ToBeVisibleAsync();
        await Expect(grid.Figures).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task OnADesktopTheCasualtyFiltersAreUnfolded()
    {
        var grid = await app.OpenAsync(p => new CasualtiesPageObject(p), screen: Screens.Desktop);

        await Expect(grid.FiltersControl).ToHaveTextAsync("Filters none set");
        await Expect(grid.SideFilter).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OnAPhoneEachCasualtyReportIsACompactCard()
    {
        var grid = await app.OpenAsync(p => new CasualtiesPageObject(p), screen: Screens.Phone);
        await Expect(grid.Rows).ToHaveCountAsync(9);

        var heights = new List<double>();
        foreach (var row in await grid.Rows.AllAsync())
            heights.Add((await row.BoundingBoxAsync())!.Height);

        // Four short lines and the quote; one line per column was eight lines, about 690 px a report.
        Assert.All(heights, h => Assert.InRange(h, 1, 200));
        await Expect(grid.Rows.First.GetByTestId("figure")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task OnAPhoneASourcesTitleLeavesMostOfTheFirstScreenToItsText()
    {
        var page = await app.NewPageAsync(Screens.Phone);
        await page.GotoReaderAsync("sources/1");
        var title = new SourceViewerPageObject(page).Heading;
        await Expect(title).ToBeVisibleAsync();

        Assert.InRange((await title.BoundingBoxAsync())!.Height, 1, PhoneHeight / 4);
    }

    [Fact]
    public async Task OnAPhoneEachGroupOfClaimsSideBySideIsACompactCardOfTheClaimsItHas()
    {
        var grid = await app.OpenAsync(p => new CasualtiesPageObject(p), screen: Screens.Phone);
        await Expect(grid.ClaimRows.First).ToBeVisibleAsync();

        // A line per column and per reporter who made no claim made each group a card of about seven lines (over 200 px);
        // now a heading line and a line or two per claim.
        await Expect(grid.ClaimRows.GetByText("no claim").Filter(new() { Visible = true })).ToHaveCountAsync(0);
        foreach (var row in await grid.ClaimRows.AllAsync())
        {
            var claims = await row.GetByTestId("claim-figure").CountAsync();
            Assert.True(claims > 0, "every group shows at least one claim");
            Assert.InRange((await row.BoundingBoxAsync())!.Height, 1, 50 + 70 * claims);
        }
    }
}
