using CeasefireTracker.Domain;
using CeasefireTracker.Features.Import;
using CeasefireTracker.Tests.Features.Import;

namespace CeasefireTracker.Tests.Features.Summaries;

/// <summary>
/// An import saves through EF like any writer, so the save keeps the summaries right without the import calling
/// anything; its undo too. Apart from <see cref="SummaryTests"/> so a change of the import's API touches one small file.
/// </summary>
public sealed class SummaryImportTests : IAsyncLifetime
{
    private ImportFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await ImportFixture.CreateAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task AnImportAndItsUndoKeepTheSummariesRight()
    {
        var request = new ImportRequest(_fixture.Ged(12), "GEDEvent_v23_1.csv", "23.1", CompleteDataSet: true,
            ConflictId: await _fixture.ConflictIdAsync());
        var job = await _fixture.Runner.EnqueueDirectAsync(request, TestUsers.Analyst);
        Assert.True(job.Status == ImportStatus.Succeeded, job.Message);
        await SummaryTests.AssertSummariesRightAsync(_fixture.Database.Factory, "after an import");

        await _fixture.Runner.UndoAsync(job.RunId, TestUsers.Analyst);

        await SummaryTests.AssertSummariesRightAsync(_fixture.Database.Factory, "after undoing the import");
    }
}
