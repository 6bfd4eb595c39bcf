using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Parties;
using CeasefireTracker.Features.Statements;
using CeasefireTracker.Features.Timeline;

namespace CeasefireTracker.Tests.Features.Editing;

/// <summary>The edit, delete and add controls on the reader pages are for analysts only.</summary>
public sealed class ReaderPageControlsTests : BunitTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Context.Services.AddTimelineQueries();
        Context.Services.AddStatementQueries();
        Context.Services.AddPartyQueries();
    }

    public static TheoryData<string> Pages => new() { "timeline", "statements" };

    private IRenderedComponent<IComponent> RenderLoaded(string page)
    {
        IRenderedComponent<IComponent> rendered = page switch
        {
            "timeline" => RenderWithProviders<TimelinePage>(),
            _ => RenderWithProviders<StatementsPage>(),
        };
        var loaded = page == "timeline" ? "[data-testid='timeline-entry']" : "[data-testid='statement-text']";
        rendered.WaitForAssertion(() => Assert.NotEmpty(rendered.FindAll(loaded)));
        return rendered;
    }

    private static int ControlCount(IRenderedComponent<IComponent> page, string verb) =>
        page.FindAll("button[aria-label]").Count(b => b.GetAttribute("aria-label")!.StartsWith(verb + " ", StringComparison.Ordinal))
        + page.FindAll("button").Count(b => b.TextContent.Trim().StartsWith(verb + " ", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Pages))]
    public void AnAnonymousReaderSeesNoEditDeleteOrAddControl(string page)
    {
        var rendered = RenderLoaded(page);

        Assert.Equal(0, ControlCount(rendered, "Edit"));
        Assert.Equal(0, ControlCount(rendered, "Delete"));
        Assert.Equal(0, ControlCount(rendered, "Add"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void AnAnalystSeesEditAndDeleteOnEveryEntryAndAnAddButton(string page)
    {
        Authorization.SetAuthorized("analyst@example.org").SetRoles(Roles.Analyst);
        var rendered = RenderLoaded(page);

        // On the timeline, a fact's other records (its parts) each have their own controls too.
        var entries = rendered.FindAll(page == "timeline" ? "[data-testid='timeline-entry'], [data-testid='timeline-part']" : "tbody tr").Count;
        Assert.Equal(entries, ControlCount(rendered, "Edit"));
        Assert.Equal(entries, ControlCount(rendered, "Delete"));
        Assert.Equal(1, ControlCount(rendered, "Add"));
    }
}
