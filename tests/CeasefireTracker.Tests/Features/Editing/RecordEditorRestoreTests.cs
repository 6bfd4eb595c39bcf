using CeasefireTracker.Domain;
using CeasefireTracker.Features.Editing;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.Tests.Features.Editing;

public sealed class RecordEditorRestoreTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly TestUsers.Provider _user = new(TestUsers.Analyst);

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private RecordEditor Editor => new(_database.Factory, _user, NullLogger<RecordEditor>.Instance);

    private async Task<CasualtyReport> ReportAsync(string externalId)
    {
        await using var db = _database.CreateContext();
        return await db.CasualtyReports.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.ExternalId == externalId);
    }

    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = _database.CreateContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task RestoringACumulativeReportRestoresTheIncrementDeletedWithItAsOneAuditedOperation()
    {
        var cumulative = await ReportAsync("cr-am-military-killed-350");
        var increment = await ReportAsync("cr-am-military-killed-30-new-clashes");
        Assert.Equal(EditOutcome.Saved, (await Editor.DeleteAsync<CasualtyReport>(cumulative.Id, cumulative.Version, cascade: true)).Outcome);
        Assert.True((await ReportAsync(increment.ExternalId!)).IsDeleted);

        var restored = await Editor.RestoreAsync<CasualtyReport>(cumulative.Id, "Deleted by mistake");

        Assert.Equal(EditOutcome.Saved, restored.Outcome);
        Assert.False((await ReportAsync(cumulative.ExternalId!)).IsDeleted);
        Assert.False((await ReportAsync(increment.ExternalId!)).IsDeleted);
        Assert.Equal($"Restored casualty report #{cumulative.Id} and 1 dependent: casualty report #{increment.Id}.", restored.Message);
        var restores = (await AuditAsync()).Where(a => a.Action == AuditAction.Restore).ToList();
        Assert.Equal([cumulative.Id, increment.Id], restores.Select(a => a.EntityId));
        Assert.Single(restores.Select(a => a.OperationId).Distinct());
        Assert.All(restores, a => Assert.Equal("Deleted by mistake", a.Reason));
    }

    [Fact]
    public async Task ADependentRestoredOnItsOwnSinceIsNotRestoredAgainAndAnUnrelatedDeleteStaysDeleted()
    {
        var cumulative = await ReportAsync("cr-am-military-killed-350");
        var increment = await ReportAsync("cr-am-military-killed-30-new-clashes");
        await Editor.DeleteAsync<CasualtyReport>(increment.Id, increment.Version);
        var other = await ReportAsync("cr-am-civilians-killed-19");
        await Editor.DeleteAsync<CasualtyReport>(other.Id, other.Version);
        cumulative = await ReportAsync(cumulative.ExternalId!);
        Assert.Equal(EditOutcome.Saved, (await Editor.DeleteAsync<CasualtyReport>(cumulative.Id, cumulative.Version)).Outcome);

        var restored = await Editor.RestoreAsync<CasualtyReport>(cumulative.Id);

        // The increment was deleted on its own, before: restoring the cumulative report does not bring it back.
        Assert.Equal($"Restored casualty report #{cumulative.Id}.", restored.Message);
        Assert.True((await ReportAsync(increment.ExternalId!)).IsDeleted);
        Assert.True((await ReportAsync(other.ExternalId!)).IsDeleted);
    }
}
