namespace CeasefireTracker.BrowserTests.Editing;

public sealed class RestoreBrowserTests(BrowserAppFixture app) : SignedInBrowserTestBase(app)
{
    private async Task<CasualtyReport> ReportAsync(string externalId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return await db.CasualtyReports.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.ExternalId == externalId);
    }

    [Fact]
    public async Task RestoringACumulativeReportDeletedWithItsIncrementBringsBothBackAndSaysSo()
    {
        var cumulative = await ReportAsync("cr-am-military-killed-350");
        var increment = await ReportAsync("cr-am-military-killed-30-new-clashes");
        var manage = await ManagingAsync("casualty-reports");

        await manage.DeleteAsync("casualty report", cumulative.Id);
        await manage.ConfirmDeleteWithDependentsAsync();
        await Expect(manage.Snackbar($"Casualty report #{cumulative.Id} deleted.")).ToBeVisibleAsync();
        await manage.ShowDeletedAsync();
        await Expect(manage.RestoreButton("casualty report", increment.Id)).ToBeVisibleAsync();
        await manage.RestoreButton("casualty report", cumulative.Id).ClickAsync();

        await Expect(manage.Snackbar($"Restored casualty report #{cumulative.Id} and 1 dependent: casualty report #{increment.Id}.")).ToBeVisibleAsync();
        await Expect(manage.RestoreButton("casualty report", cumulative.Id)).ToHaveCountAsync(0);
        await Expect(manage.RestoreButton("casualty report", increment.Id)).ToHaveCountAsync(0);
        Assert.False((await ReportAsync(cumulative.ExternalId!)).IsDeleted);
        Assert.False((await ReportAsync(increment.ExternalId!)).IsDeleted);
    }
}
