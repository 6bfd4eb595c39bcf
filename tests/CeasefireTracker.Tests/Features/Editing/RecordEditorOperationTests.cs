using CeasefireTracker.Data.Seeding;

namespace CeasefireTracker.Tests.Features.Editing;

public sealed class RecordEditorOperationTests : EditorTestBase
{
    [Fact]
    public async Task ABatchIsWrittenWithOneOperationIdAndMayReferToRecordsItCreates()
    {
        var stored = await StoredReportAsync();
        var reporter = new Party { ConflictId = stored.ConflictId, Name = "New monitoring group", Kind = PartyKind.Other, Role = PartyRole.Reporter };
        var cumulative = Like(stored, reporter);
        var increment = Like(stored, reporter, includedIn: cumulative);
        // The increment comes first: the batch orders writes so that a record follows the new records it refers to.
        RecordWrite[] writes = [new(increment, AuditAction.Create), new(cumulative, AuditAction.Create), new(reporter, AuditAction.Create)];
        var progress = new List<int>();

        var result = await Editor.ApplyAsync(writes, "Monitoring group's report", new SynchronousProgress(progress.Add));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Index} {e.Property}: {e.Message}")));
        Assert.Equal(3, result.Written);
        Assert.Equal([3], progress);
        await using var db = Database.CreateContext();
        var party = await db.Parties.SingleAsync(p => p.Name == "New monitoring group");
        var reports = await db.CasualtyReports.Where(r => r.ReportingPartyId == party.Id).ToListAsync();
        Assert.Equal(2, reports.Count);
        var savedCumulative = reports.Single(r => r.Basis == FigureBasis.Cumulative);
        Assert.Equal(savedCumulative.Id, reports.Single(r => r.Basis == FigureBasis.Increment).IncludedInReportId);
        Assert.Equal((party.Id, savedCumulative.Id, savedCumulative.Version), (reporter.Id, cumulative.Id, cumulative.Version));
        var audit = await db.AuditEntries.Where(a => a.UserName != SeedImporter.Actor).ToListAsync();
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal((result.OperationId, AuditAction.Create, "Monitoring group's report"), (a.OperationId, a.Action, a.Reason)));
    }

    [Fact]
    public async Task ABatchLinksANewCeasefireToStoredPartiesByIdAndToPartiesItCreates()
    {
        await using var read = Database.CreateContext();
        var stored = await read.Ceasefires.AsNoTracking().Include(c => c.Parties).FirstAsync(c => c.Parties.Count > 0);
        var mediator = new Party { ConflictId = stored.ConflictId, Name = "New mediation group", Kind = PartyKind.Other, Role = PartyRole.Mediator };
        var ceasefire = new Ceasefire
        {
            ConflictId = stored.ConflictId, Name = "A second truce", AnnouncedAtLocal = stored.AnnouncedAtLocal, AnnouncedPrecision = stored.AnnouncedPrecision,
            InForcePrecision = stored.InForcePrecision, TimeZoneId = stored.TimeZoneId, TimeZoneBasis = stored.TimeZoneBasis,
            SourceId = stored.SourceId, Quote = stored.Quote,
            PartyIds = [.. stored.Parties.Select(p => p.Id)], Parties = [mediator],
        };

        var result = await Editor.ApplyAsync([new(ceasefire, AuditAction.Create), new(mediator, AuditAction.Create)], "second truce");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Index} {e.Property}: {e.Message}")));
        await using var db = Database.CreateContext();
        var saved = await db.Ceasefires.Include(c => c.Parties).SingleAsync(c => c.Id == ceasefire.Id);
        Assert.Equal(stored.Parties.Select(p => p.Id).Append(mediator.Id).Order(), saved.Parties.Select(p => p.Id).Order());
        var entry = await db.AuditEntries.SingleAsync(a => a.OperationId == result.OperationId && a.EntityType == nameof(Ceasefire));
        Assert.Equal(saved.Parties.Select(p => p.Id).Order(),
            System.Text.Json.JsonSerializer.Deserialize<List<int>>(RecordSnapshot.Read(entry.AfterJson)[nameof(Ceasefire.Parties)])!);
    }

    [Fact]
    public async Task OneBadRecordLeavesTheWholeBatchUnwrittenAndIsNamedByItsIndex()
    {
        var stored = await StoredReportAsync();
        var before = await CountsAsync();
        var good = Like(stored);
        var bad = Like(stored);
        bad.Quote = $"{bad.BestEstimate} words no source contains";
        var edited = await StoredReportAsync(1);
        var oldNotes = edited.Notes;
        edited.Notes = "checked";

        var result = await Editor.ApplyAsync([new(good, AuditAction.Create), new(edited, AuditAction.Update), new(bad, AuditAction.Create)], "import");

        Assert.False(result.Succeeded);
        Assert.Null(result.OperationId);
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, nameof(CasualtyReport.Quote)), (error.Index, error.Property));
        Assert.Contains("does not appear word for word", error.Message);
        Assert.Equal(before, await CountsAsync());
        await using var db = Database.CreateContext();
        Assert.Equal(oldNotes, (await db.CasualtyReports.SingleAsync(r => r.Id == edited.Id)).Notes);
    }

    [Fact]
    public async Task ANewRecordReferredToButLeftOutOfTheBatchIsAnError()
    {
        var stored = await StoredReportAsync();
        var stranger = new Party { ConflictId = stored.ConflictId, Name = "Not in the batch", Role = PartyRole.Reporter };

        var result = await Editor.ApplyAsync([new(Like(stored, stranger), AuditAction.Create)], "import");

        var error = Assert.Single(result.Errors);
        Assert.Equal((0, nameof(CasualtyReport.ReportingPartyId)), (error.Index, error.Property));
        Assert.Contains("not part of this save", error.Message);
    }

    [Fact]
    public async Task UndoingAnOperationDeletesWhatItCreatedPutsBackWhatItChangedAndRestoresWhatItDeleted()
    {
        var stored = await StoredReportAsync();
        var created = Like(stored);
        var edited = await StoredReportAsync(1);
        var oldNotes = edited.Notes;
        edited.Notes = "corrected";
        await using (var read = Database.CreateContext())
        {
            var statement = await read.Statements.AsNoTracking().FirstAsync();
            var applied = await Editor.ApplyAsync(
                [new(created, AuditAction.Create), new(edited, AuditAction.Update), new(statement, AuditAction.Delete)], "batch");
            Assert.True(applied.Succeeded);

            var undone = await Editor.UndoOperationAsync(applied.OperationId!.Value, "wrong file");

            Assert.True(undone.Succeeded, undone.Message);
            Assert.Equal(3, undone.Written);
            await using var db = Database.CreateContext();
            Assert.False(await db.CasualtyReports.AnyAsync(r => r.Id != stored.Id && r.Quote == stored.Quote && r.ReportingPartyId == stored.ReportingPartyId
                && r.CreatedAtUtc > stored.CreatedAtUtc));
            var reverted = await db.CasualtyReports.SingleAsync(r => r.Id == edited.Id);
            Assert.Equal(oldNotes, reverted.Notes);
            Assert.True(await db.Statements.AnyAsync(s => s.Id == statement.Id));
            var undoAudit = await db.AuditEntries.Where(a => a.OperationId == undone.OperationId).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([AuditAction.Delete, AuditAction.Revert, AuditAction.Restore],
                undoAudit.OrderBy(a => a.EntityType == "Statement" ? 2 : a.Action == AuditAction.Delete ? 0 : 1).Select(a => a.Action));
            Assert.All(undoAudit, a => Assert.StartsWith($"Undo of operation {applied.OperationId}: wrong file", a.Reason));
        }
    }

    [Fact]
    public async Task UndoIsRefusedAndNamesTheRecordWhenSomeoneChangedItSince()
    {
        var edited = await StoredReportAsync();
        edited.Notes = "first";
        var applied = await Editor.ApplyAsync([new(edited, AuditAction.Update)], "batch");
        Assert.True(applied.Succeeded);
        await using (var db = Database.CreateContext())
        {
            var current = await db.CasualtyReports.AsNoTracking().SingleAsync(r => r.Id == edited.Id);
            current.Notes = "second";
            Assert.True((await Editor.UpdateAsync(current, "later edit")).Succeeded);
        }

        var undone = await Editor.UndoOperationAsync(applied.OperationId!.Value);

        Assert.False(undone.Succeeded);
        Assert.Contains($"#{edited.Id} was changed since by analyst@example.org", undone.Message);
        await using var check = Database.CreateContext();
        Assert.Equal("second", (await check.CasualtyReports.SingleAsync(r => r.Id == edited.Id)).Notes);
    }

    [Fact]
    public async Task DeletingARecordStillReferredToOutsideTheBatchIsRefused()
    {
        await using var db = Database.CreateContext();
        var referred = await db.CasualtyReports.AsNoTracking().FirstAsync(r => db.CasualtyReports.Any(i => i.IncludedInReportId == r.Id));

        var result = await Editor.ApplyAsync([new(referred, AuditAction.Delete)], "cleanup");

        var error = Assert.Single(result.Errors);
        Assert.Contains("is still referred to by", error.Message);
        Assert.False((await db.CasualtyReports.AsNoTracking().SingleAsync(r => r.Id == referred.Id)).IsDeleted);
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("reader")]
    public async Task BatchesAndUndoAreRefusedToAnyoneButAnAnalyst(string kind)
    {
        var edited = await StoredReportAsync();
        edited.Notes = "analyst";
        var applied = await Editor.ApplyAsync([new(edited, AuditAction.Update)], "batch");
        SignedIn.User = kind == "reader" ? TestUsers.Reader : TestUsers.Anonymous;
        var before = await CountsAsync();

        var apply = await Editor.ApplyAsync([new(Like(edited), AuditAction.Create)], "batch");
        var undo = await Editor.UndoOperationAsync(applied.OperationId!.Value);

        Assert.False(apply.Succeeded);
        Assert.False(undo.Succeeded);
        Assert.Contains("Only analysts", apply.Message);
        Assert.Contains("Only analysts", undo.Message);
        Assert.Equal(before, await CountsAsync());
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
