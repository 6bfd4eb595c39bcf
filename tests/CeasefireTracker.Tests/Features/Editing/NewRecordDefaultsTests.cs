using MudBlazor;

namespace CeasefireTracker.Tests.Features.Editing;

/// <summary>A new record starts with no facts in it: nothing the analyst did not choose looks deliberate.</summary>
public sealed class NewRecordDefaultsTests() : BunitTestBase(services => services.AddEditing())
{
    private async Task<IRenderedComponent<MudDialogProvider>> OpenNewAsync<T>() where T : Entity
    {
        Context.Render<MudPopoverProvider>();
        var provider = Context.Render<MudDialogProvider>();
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => { _ = dialogs.EditAsync<T>(); });
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll("[data-testid='still-needed']")));
        return provider;
    }

    private static List<string> InputValues(IRenderedComponent<MudDialogProvider> dialog) =>
        [.. dialog.FindAll("input").Select(i => i.GetAttribute("value") ?? "")];

    [Fact]
    public async Task TheNewCasualtyReportDialogStartsWithEmptyFiguresAndDatesUnsetChoicesAndSaysWhatStillNeedsAValue()
    {
        var dialog = await OpenNewAsync<CasualtyReport>();

        var values = InputValues(dialog);
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd"), values);
        Assert.DoesNotContain(values, v => v is "Civilian" or "Killed" or "Exact" or "Cumulative");
        Assert.True(dialog.FindAll("input[placeholder='Choose…']").Count >= 4, "category, kind, qualifier and basis ask to be chosen");
        var needed = dialog.Find("[data-testid='still-needed']").TextContent;
        foreach (var field in new[] { "Category", "Kind", "Qualifier", "Basis", "Period end", "Affected side", "Reporting party", "Source", "Quote" })
            Assert.Contains(field, needed);
        Assert.DoesNotContain("Conflict", needed);
    }

    [Fact]
    public async Task TheNewEventDialogTakesItsTimeZoneFromTheConflictMarkedImplied()
    {
        var dialog = await OpenNewAsync<TimelineEvent>();

        var values = InputValues(dialog);
        Assert.Contains("Asia/Baku", values);
        Assert.DoesNotContain("Europe/Moscow", values);
        Assert.DoesNotContain(values, v => v.Equals("stated", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(values, v => v.Equals("implied", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(DateTime.Today.ToString("yyyy-MM-dd"), values);
        Assert.Contains("Occurred at local", dialog.Find("[data-testid='still-needed']").TextContent);
        // Who took part is asked for, so the timeline's party filter can find the event.
        Assert.Contains(dialog.FindAll("label"), l => l.TextContent.Trim() == "Parties");
    }

    [Fact]
    public async Task UnsetChoicesAndEmptyDatesAreRefusedWithMessagesNamingEachField()
    {
        await using var db = Database.CreateContext();
        var report = (CasualtyReport)RecordKind.Of(typeof(CasualtyReport)).New();
        var e = (TimelineEvent)RecordKind.Of(typeof(TimelineEvent)).New();
        e.TimeZoneId = "Asia/Baku";

        var reportErrors = await RecordValidator.ValidateAsync(db, report);
        var eventErrors = await RecordValidator.ValidateAsync(db, e);

        Assert.Equal("Category needs a value: choose one.", Assert.Single(reportErrors["Category"]));
        Assert.Equal("Kind needs a value: choose one.", Assert.Single(reportErrors["Kind"]));
        Assert.Contains("Qualifier needs a value: choose one.", reportErrors["Qualifier"]);
        Assert.Equal("Basis needs a value: choose one.", Assert.Single(reportErrors["Basis"]));
        Assert.Contains("Period end needs a value: give the date the source gives.", reportErrors["PeriodEnd"]);
        Assert.Null(report.BestEstimate);
        Assert.Contains("Occurred at local needs a value: give the date the source gives.", eventErrors["OccurredAtLocal"]);
        Assert.Equal("Precision needs a value: choose one.", Assert.Single(eventErrors["Precision"]));
        Assert.Equal(TimeZoneBasis.Implied, e.TimeZoneBasis);
    }
}
