using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.BrowserTests.Keyboard;

/// <summary>
/// Everything a reader or an analyst does, done with the keyboard alone: Tab to reach a control, Enter, Space, arrows
/// and Escape to operate it. No test here clicks.
/// </summary>
public sealed class KeyboardBrowserTests(BrowserAppFixture app) : SignedInBrowserTestBase(app)
{
    private const string SecondPageReason = "A second page for the keyboard tests";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Two reports more than the seed's nine: a grid of ten rows a page then has a second page. Made once for the
        // class's store (xunit runs this before each test).
        if (await App.ReadStoreAsync(db => db.CasualtyReports.AnyAsync(r => r.FigureNotInQuoteReason == SecondPageReason))) return;
        var editor = TestUsers.Editor(App.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>());
        var like = await App.ReadStoreAsync(db => db.CasualtyReports.AsNoTracking().SingleAsync(r => r.ExternalId == "cr-am-civilians-killed-19"));
        foreach (var figure in new[] { 20, 21 })
        {
            var result = await editor.CreateAsync(new CasualtyReport
            {
                ConflictId = like.ConflictId, AffectedSideId = like.AffectedSideId, ReportingPartyId = like.ReportingPartyId,
                Category = like.Category, Kind = like.Kind, BestEstimate = figure, Qualifier = FigureQualifier.Exact,
                Basis = FigureBasis.Increment, PeriodEnd = like.PeriodEnd, SourceId = like.SourceId, Quote = like.Quote,
                FigureNotInQuote = true, FigureNotInQuoteReason = SecondPageReason,
            });
            if (result.Outcome != EditOutcome.Saved) throw new InvalidOperationException(result.Message);
        }
    }

    [Fact]
    public async Task AReaderFiltersTheCasualtyReportsAndClearsTheFiltersWithTheKeyboard()
    {
        var page = await App.NewPageAsync();
        var grid = new CasualtiesPageObject(page);
        await grid.OpenAsync();
        await Expect(grid.Rows).ToHaveCountAsync(11);

        await page.TabToAsync(grid.SideFilter);
        await page.Keyboard.PressAsync("ArrowDown");

        await Expect(page).ToHaveURLAsync(new Regex(@"/casualties\?side=\d+$"));
        await Expect(grid.ChosenSide).ToHaveTextAsync("Armenia");
        await Expect(grid.Rows).ToHaveCountAsync(6);

        await page.TabToAsync(grid.ClearFilters);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/casualties$"));
        await Expect(grid.ChosenSide).ToHaveTextAsync("Any side");
    }

    [Fact]
    public async Task AReaderPagesThroughTheCasualtyReportsWithTheKeyboard()
    {
        var page = await App.NewPageAsync();
        var grid = new CasualtiesPageObject(page);
        await grid.OpenAsync("?size=10");
        await Expect(grid.Rows).ToHaveCountAsync(10);

        await page.TabToAsync(grid.PagerLink("Next"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/casualties\?.*page=2"));
        await Expect(grid.Rows).ToHaveCountAsync(1);

        await page.TabToAsync(grid.PagerLink("Previous"), backwards: true);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/casualties\?size=10$"));
        await Expect(grid.Rows).ToHaveCountAsync(10);
    }

    [Fact]
    public async Task AReaderSearchesAndOpensAResultWithTheKeyboard()
    {
        var page = await App.NewPageAsync();
        await page.GotoReaderAsync("timeline");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the tracker" });

        await page.TabToAsync(box);
        await page.Keyboard.TypeAsync("negociations");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=negociations$"));
        var first = page.GetByRole(AriaRole.List, new() { Name = "Search results" }).GetByRole(AriaRole.Link).First;
        await Expect(first).ToBeVisibleAsync();
        var target = await first.GetAttributeAsync("href");

        await page.TabToAsync(first);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target!.Split('#')[0]) + "(#.*)?$"));
    }

    [Fact]
    public async Task AnAnalystEditsARecordInItsDialogWithTheKeyboardAndEscapeLeavesWithoutSaving()
    {
        var report = await App.ReadStoreAsync(db => db.CasualtyReports.AsNoTracking().SingleAsync(r => r.ExternalId == "cr-az-civilians-killed-30"));
        var manage = await ManagingAsync("casualty-reports");
        var page = manage.Page;
        var edit = page.GetByRole(AriaRole.Button, new() { Name = $"Edit casualty report #{report.Id}", Exact = true });

        // Escape closes the dialog and saves nothing.
        await page.TabToAsync(edit);
        await page.Keyboard.PressAsync("Enter");
        await Expect(manage.Dialog).ToBeVisibleAsync();
        await page.TabToAsync(manage.Field("Notes"));
        await page.Keyboard.TypeAsync("Not to be kept");
        await page.Keyboard.PressAsync("Escape");
        await Expect(manage.Dialog).ToBeHiddenAsync();
        Assert.Null((await ReadReportAsync(report.Id)).Notes);

        // Space opens it again; the notes are typed, and Save is reached with Tab and pressed with Enter.
        await page.TabToAsync(edit);
        await page.Keyboard.PressAsync(" ");
        await Expect(manage.Dialog).ToBeVisibleAsync();
        await page.TabToAsync(manage.Field("Notes"));
        await page.Keyboard.TypeAsync("Typed with the keyboard");
        await page.TabToAsync(manage.Dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(manage.Snackbar("Casualty report saved.")).ToBeVisibleAsync();
        await Expect(manage.Dialog).ToBeHiddenAsync();
        Assert.Equal("Typed with the keyboard", (await ReadReportAsync(report.Id)).Notes);
    }

    private Task<CasualtyReport> ReadReportAsync(int id) =>
        App.ReadStoreAsync(db => db.CasualtyReports.AsNoTracking().SingleAsync(r => r.Id == id));
}

