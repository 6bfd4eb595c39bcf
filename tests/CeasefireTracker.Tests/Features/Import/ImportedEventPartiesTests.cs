using CeasefireTracker.Features.Import;

namespace CeasefireTracker.Tests.Features.Import;

/// <summary>Imported events are linked to the parties their actors (GED side_a/side_b) were matched to or created as.</summary>
public sealed class ImportedEventPartiesTests : ImportTestBase
{
    private async Task<ImportRequest> RequestAsync(string path, string version = "23.1") =>
        new(path, Path.GetFileName(path), version, ConflictId: await Fixture.ConflictIdAsync());

    private async Task<ImportJob> ImportAsync(ImportRequest request)
    {
        var job = await Fixture.Runner.EnqueueDirectAsync(request, TestUsers.Analyst);
        Assert.True(job.Status == ImportStatus.Succeeded, job.Message + " | " + string.Join(" | ", job.Problems));
        return job;
    }

    private async Task<List<string>> PartiesOfAsync(string rowId)
    {
        await using var db = Fixture.Database.CreateContext();
        var timelineEvent = await db.TimelineEvents.Include(e => e.Parties).SingleAsync(e => e.ExternalId == $"ucdp-ged:{rowId}:event");
        return timelineEvent.Parties.Select(p => p.Name).Order().ToList();
    }

    [Fact]
    public async Task AnImportedEventIsLinkedToTheMatchedPartyAndToTheOneItCreated()
    {
        await AliasAsync("Azerbaijan", "Government of Azerbaijan");

        var plan = await Fixture.Planner.PlanAsync(await RequestAsync(Fixture.Ged(3)));
        await ImportAsync(await RequestAsync(Fixture.Ged(3)));

        Assert.Equal(["Azerbaijan", "Government of Armenia"], plan.Preview[0].Parties.Order());
        Assert.Equal(["Azerbaijan", "Government of Armenia"], await PartiesOfAsync("100000"));
        Assert.Equal(["Azerbaijan", "Government of Armenia"], await PartiesOfAsync("100002"));
        await using var db = Fixture.Database.CreateContext();
        // The audit entry of the created event holds its links, like an analyst's save of the event dialog.
        var created = await db.TimelineEvents.SingleAsync(e => e.ExternalId == "ucdp-ged:100000:event");
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(TimelineEvent) && a.EntityId == created.Id);
        Assert.Contains("Parties", audit.AfterJson);
    }

    [Fact]
    public async Task CiviliansAreNoPartyOfTheEvent()
    {
        await ImportAsync(await RequestAsync(Fixture.Ged(2, (_, row) => { row["side_b"] = "Civilians"; row["type_of_violence"] = "3"; })));

        Assert.Equal(["Government of Azerbaijan"], await PartiesOfAsync("100000"));
    }

    [Fact]
    public async Task ANewerVersionWhoseSideChangedRelinksTheEvent()
    {
        await ImportAsync(await RequestAsync(Fixture.Ged(2)));

        await ImportAsync(await RequestAsync(
            Fixture.Ged(2, (i, row) => { if (i == 1) row["side_b"] = "Artsakh Defence Army"; }, name: "GEDEvent_v24_1.csv"), "24.1"));

        Assert.Equal(["Artsakh Defence Army", "Government of Azerbaijan"], await PartiesOfAsync("100001"));
        Assert.Equal(["Government of Armenia", "Government of Azerbaijan"], await PartiesOfAsync("100000"));
    }

    [Fact]
    public async Task UndoingAnImportThatRelinkedAnEventPutsItsPartiesBack()
    {
        await ImportAsync(await RequestAsync(Fixture.Ged(2)));
        var newer = await ImportAsync(await RequestAsync(
            Fixture.Ged(2, (i, row) => { if (i == 1) row["side_b"] = "Artsakh Defence Army"; }, name: "GEDEvent_v24_1.csv"), "24.1"));

        var message = await Fixture.Runner.UndoAsync(newer.RunId, TestUsers.Analyst);

        Assert.StartsWith("Undone by", message);
        Assert.Equal(["Government of Armenia", "Government of Azerbaijan"], await PartiesOfAsync("100001"));
    }
}
