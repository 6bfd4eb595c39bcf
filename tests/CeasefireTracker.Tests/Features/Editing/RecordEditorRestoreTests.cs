namespace CeasefireTracker.Tests.Features.Editing;

public sealed class RecordEditorRestoreTests : EditorTestBase
{
    [Fact]
    public async Task RestoringACumulativeReportRestoresTheIncrementDeletedWithItAsOneAuditedOperation()
    {
        var cumulative = await ReadAsync<CasualtyReport>("cr-am-military-killed-350");
        var increment = await ReadAsync<CasualtyReport>("cr-am-military-killed-30-new-clashes");
        Assert.Equal(EditOutcome.Saved, (await Editor.DeleteAsync<CasualtyReport>(cumulative.Id, cumulative.Version, cascade: true)).Outcome);
        Assert.True((await ReadAsync<CasualtyReport>(increment.ExternalId!)).IsDeleted);

        var restored = await Editor.RestoreAsync<CasualtyReport>(cumulative.Id, "Deleted by mistake");

        Assert.Equal(EditOutcome.Saved, restored.Outcome);
        Assert.False((await ReadAsync<CasualtyReport>(cumulative.ExternalId!)).IsDeleted);
        Assert.False((await ReadAsync<CasualtyReport>(increment.ExternalId!)).IsDeleted);
        Assert.Equal($"Restored casualty report #{cumulative.Id} and 1 dependent: casualty report #{increment.Id}.", restored.Message);
        var restores = (await AuditAsync()).Where(a => a.Action == AuditAction.Restore).ToList();
        Assert.Equal([cumulative.Id, increment.Id], restores.Select(a => a.EntityId));
        Assert.Single(restores.Select(a => a.OperationId).Distinct());
        Assert.All(restores, a => Assert.Equal("Deleted by mistake", a.Reason));
    }

    [Fact]
    public async Task ADependentRestoredOnItsOwnSinceIsNotRestoredAgainAndAnUnrelatedDeleteStaysDeleted()
    {
        var cumulative = await ReadAsync<CasualtyReport>("cr-am-military-killed-350");
        var increment = await ReadAsync<CasualtyReport>("cr-am-military-killed-30-new-clashes");
        await Editor.DeleteAsync<CasualtyReport>(increment.Id, increment.Version);
        var other = await ReadAsync<CasualtyReport>("cr-am-civilians-killed-19");
        await Editor.DeleteAsync<CasualtyReport>(other.Id, other.Version);
        cumulative = await ReadAsync<CasualtyReport>(cumulative.ExternalId!);
        Assert.Equal(EditOutcome.Saved, (await Editor.DeleteAsync<CasualtyReport>(cumulative.Id, cumulative.Version)).Outcome);

        var restored = await Editor.RestoreAsync<CasualtyReport>(cumulative.Id);

        // The increment was deleted on its own, before: restoring the cumulative report does not bring it back.
        Assert.Equal($"Restored casualty report #{cumulative.Id}.", restored.Message);
        Assert.True((await ReadAsync<CasualtyReport>(increment.ExternalId!)).IsDeleted);
        Assert.True((await ReadAsync<CasualtyReport>(other.ExternalId!)).IsDeleted);
    }
}
