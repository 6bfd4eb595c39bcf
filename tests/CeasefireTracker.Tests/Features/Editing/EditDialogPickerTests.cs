using AngleSharp.Dom;
using MudBlazor;

namespace CeasefireTracker.Tests.Features.Editing;

/// <summary>
/// The edit dialog's pickers do not load whole tables: with more sources than a picker offers, the source picker
/// shows the current source, offers at most the limit, and finds one by part of its name.
/// </summary>
public sealed class EditDialogPickerTests() : BunitTestBase(services => services.AddEditing())
{
    private IRenderedComponent<MudPopoverProvider> _popovers = null!;
    private IRenderedComponent<MudDialogProvider> _dialogs = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        db.Sources.AddRange(Enumerable.Range(1, 60).Select(ReferenceSearchTests.Generated));
        await db.SaveChangesAsync();
    }

    private async Task<(CasualtyReport Report, string SourceTitle)> OpenReportAsync()
    {
        CasualtyReport report;
        string title;
        await using (var db = Database.CreateContext())
        {
            report = await db.CasualtyReports.AsNoTracking().OrderBy(r => r.Id).FirstAsync();
            title = await db.Sources.Where(s => s.Id == report.SourceId).Select(s => s.Title).SingleAsync();
        }

        await OpenAsync<CasualtyReport>(report.Id);
        return (report, title);
    }

    private async Task OpenAsync<T>(int id) where T : CeasefireTracker.Domain.Entity
    {
        _popovers = Context.Render<MudPopoverProvider>();
        _dialogs = Context.Render<MudDialogProvider>();
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        await _dialogs.InvokeAsync(() => { _ = dialogs.EditAsync<T>(id); });
    }

    private IElement Input(string label)
    {
        var id = _dialogs.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return _dialogs.Find($"input[id='{id}']");
    }

    private IReadOnlyList<IElement> Options() => _popovers.FindAll(".mud-popover-open .mud-list-item");

    [Fact]
    public async Task TheSourcePickerShowsTheCurrentSourceByName()
    {
        var (_, title) = await OpenReportAsync();

        _dialogs.WaitForAssertion(() => Assert.Equal(title, Input("Source").GetAttribute("value")));
    }

    [Fact]
    public async Task TheSourcePickerOffersAtMostTheLimitAndFindsOneByPartOfItsName()
    {
        await OpenReportAsync();
        _dialogs.WaitForAssertion(() => Assert.NotEmpty(Input("Source").GetAttribute("value") ?? ""));

        await Input("Source").InputAsync(new() { Value = "bulletin" });
        _popovers.WaitForAssertion(() => Assert.Equal(ReferenceSearch.Limit, Options().Count));
        Assert.Contains("More match", _popovers.Find(".mud-popover-open").TextContent);

        await Input("Source").InputAsync(new() { Value = "letin 042" });
        _popovers.WaitForAssertion(() => Assert.Equal("Generated bulletin 042", Assert.Single(Options()).TextContent.Trim()));
        await Options()[0].ClickAsync(new());

        _dialogs.WaitForAssertion(() => Assert.Equal("Generated bulletin 042", Input("Source").GetAttribute("value")));
    }

    [Fact]
    public async Task AnEventsPartiesAreShownByNameAddedByTypingAndRemovedByTheirChip()
    {
        int eventId;
        List<string> names;
        await using (var db = Database.CreateContext())
        {
            eventId = await db.TimelineEvents.Where(e => e.Parties.Any()).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
            names = await db.TimelineEvents.Where(e => e.Id == eventId).SelectMany(e => e.Parties).Select(p => p.Name).ToListAsync();
        }

        await OpenAsync<TimelineEvent>(eventId);
        IReadOnlyList<string> Chips() => [.. _dialogs.FindAll("[data-testid='chosen-parties'] .mud-chip").Select(c => c.TextContent.Trim())];
        _dialogs.WaitForAssertion(() => Assert.Equal(names.Order(), Chips().Order()));
        var added = names.Contains("Turkey") ? "OSCE Minsk Group" : "Turkey";

        await Input("Parties").InputAsync(new() { Value = added[..4] });
        _popovers.WaitForAssertion(() => Assert.Contains(Options(), o => o.TextContent.Trim() == added));
        Assert.DoesNotContain(Options(), o => names.Contains(o.TextContent.Trim()));
        await Options().Single(o => o.TextContent.Trim() == added).ClickAsync(new());
        _dialogs.WaitForAssertion(() => Assert.Contains(added, Chips()));

        await _dialogs.Find($"button[aria-label='Remove {added}']").ClickAsync(new());
        _dialogs.WaitForAssertion(() => Assert.Equal(names.Order(), Chips().Order()));
    }
}
