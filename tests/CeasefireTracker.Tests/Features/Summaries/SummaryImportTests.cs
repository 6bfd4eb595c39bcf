using CeasefireTracker.Features.Import;
using CeasefireTracker.Tests.Features.Import;

namespace CeasefireTracker.Tests.Features.Summaries;

/// <summary>
/// An import saves through EF like any writer, so the save keeps the summaries right without the import calling
/// anything; its undo too. Apart from <see cref="SummaryTests"/> so a change of the import's API touches one small file.
/// </summary>
public sealed class SummaryImportTests : ImportTestBase
{
    [Fact]
    public async Task AnImportAndItsUndoKeepTheSummariesRight()
    {
        var request = new ImportRequest(Fixture.Ged(12), "GEDEvent_v23_1.csv", "23.1", CompleteDataSet: true,
            ConflictId: await Fixture.ConflictIdAsync());
        var job = await Fixture.Runner.EnqueueDirectAsync(request, TestUsers.Analyst);
        Assert.True(job.Status == ImportStatus.Succeeded, job.Message);
        await SummaryTests.AssertSummariesRightAsync(Fixture.Database.Factory, "after an import");

        await Fixture.Runner.UndoAsync(job.RunId, TestUsers.Analyst);

        await SummaryTests.AssertSummariesRightAsync(Fixture.Database.Factory, "after undoing the import");
    }
}
