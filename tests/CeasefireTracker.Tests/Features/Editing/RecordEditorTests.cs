using System.Security.Claims;

namespace CeasefireTracker.Tests.Features.Editing;

public sealed class RecordEditorTests : EditorTestBase
{
    private async Task<CasualtyReport> AnyReportAsync()
    {
        await using var db = Database.CreateContext();
        return await db.CasualtyReports.AsNoTracking().OrderBy(r => r.Id).FirstAsync(r => r.BestEstimate != null && r.Qualifier == FigureQualifier.Exact);
    }

    [Fact]
    public async Task AnAnalystsCorrectionIsSavedWithAnAuditEntryOfBothVersions()
    {
        var report = await AnyReportAsync();
        var oldFigure = report.BestEstimate;
        SetFigureNotInQuote(report, oldFigure + 1, "Corrected from the ministry's bulletin");

        var result = await Editor.UpdateAsync(report, "Figure misread");

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = Database.CreateContext();
        var saved = await db.CasualtyReports.SingleAsync(r => r.Id == report.Id);
        Assert.Equal(oldFigure + 1, saved.BestEstimate);
        Assert.NotEqual(report.Version, saved.Version);
        var audit = Assert.Single(await AuditAsync());
        Assert.Equal((AuditAction.Update, "analyst@example.org", "CasualtyReport", report.Id, "Figure misread"),
            (audit.Action, audit.UserName, audit.EntityType, audit.EntityId, audit.Reason));
        Assert.Contains($"\"BestEstimate\":{oldFigure}", audit.BeforeJson);
        Assert.Contains($"\"BestEstimate\":{oldFigure + 1}", audit.AfterJson);
    }

    public static TheoryData<string> Principals => new() { "anonymous", "reader", "admin only" };

    private static ClaimsPrincipal Principal(string kind) => kind switch
    {
        "anonymous" => TestUsers.Anonymous,
        "reader" => TestUsers.Reader,
        _ => TestUsers.Admin,
    };

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task EveryOperationIsRefusedToAnyoneButAnAnalyst(string kind)
    {
        // An analyst makes one change (something to revert) and a deleted statement (something to restore).
        var report = await AnyReportAsync();
        report.Notes = "seen";
        Assert.Equal(EditOutcome.Saved, (await Editor.UpdateAsync(report)).Outcome);
        var statement = await Database.CreateContext().Statements.AsNoTracking().FirstAsync();
        Assert.Equal(EditOutcome.Saved, (await Editor.DeleteAsync<Statement>(statement.Id, statement.Version)).Outcome);
        var audit = await AuditAsync();
        report = await AnyReportAsync();

        SignedIn.User = Principal(kind);
        var edited = await AnyReportAsync();
        edited.Notes = "changed";
        var results = new[]
        {
            await Editor.CreateAsync(NewReport(report)),
            await Editor.UpdateAsync(edited),
            await Editor.DeleteAsync<CasualtyReport>(report.Id, report.Version),
            await Editor.RestoreAsync<Statement>(statement.Id),
            await Editor.RevertAsync(audit[0].Id, report.Version),
        };

        Assert.All(results, r => Assert.Equal(EditOutcome.Forbidden, r.Outcome));
        Assert.Equal(9, await Database.CreateContext().CasualtyReports.CountAsync());
        Assert.Equal("seen", (await AnyReportAsync()).Notes);
        Assert.Equal(audit.Count, (await AuditAsync()).Count);
        Assert.True((await Database.CreateContext().Statements.IgnoreQueryFilters().SingleAsync(s => s.Id == statement.Id)).IsDeleted);
    }

    private static CasualtyReport NewReport(CasualtyReport like) => new()
    {
        ConflictId = like.ConflictId, AffectedSideId = like.AffectedSideId, ReportingPartyId = like.ReportingPartyId,
        Category = like.Category, Kind = like.Kind, BestEstimate = 12, Qualifier = FigureQualifier.Exact,
        Basis = FigureBasis.Increment, PeriodEnd = like.PeriodEnd, SourceId = like.SourceId, Quote = like.Quote,
        FigureNotInQuote = true, FigureNotInQuoteReason = "A test figure",
    };

    [Fact]
    public async Task ACreatedReportGetsAnIdItsQuotePositionAndACreateEntry()
    {
        var like = await AnyReportAsync();
        var result = await Editor.CreateAsync(NewReport(like), "New report");

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        var created = Assert.IsType<CasualtyReport>(result.Record);
        Assert.True(created.Id > 0);
        Assert.Equal(like.QuoteStart, created.QuoteStart);
        var audit = Assert.Single(await AuditAsync());
        Assert.Equal((AuditAction.Create, created.Id, (string?)null), (audit.Action, audit.EntityId, audit.BeforeJson));
        Assert.Contains("\"BestEstimate\":12", audit.AfterJson);
    }

    [Fact]
    public async Task InvalidInputIsExplainedFieldByFieldAndNothingIsWritten()
    {
        var report = NewReport(await AnyReportAsync());
        report.BestEstimate = -5;
        report.AffectedSideId = 0;
        report.ReportingPartyId = 9999;
        report.SourceId = 0;
        report.Notes = new string('x', 4001);
        report.PeriodStart = report.PeriodEnd.AddDays(3);

        var result = await Editor.CreateAsync(report);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        var errors = result.FieldErrors;
        Assert.Contains("Best estimate cannot be negative.", errors["BestEstimate"]);
        Assert.Contains("Affected side is required.", errors["AffectedSideId"]);
        Assert.Contains("Source is required.", errors["SourceId"]);
        Assert.Contains("Reporting party refers to party #9999, which does not exist or has been deleted.", errors["ReportingPartyId"]);
        Assert.Contains("Notes is too long: 4,001 characters, at most 4,000.", errors["Notes"]);
        Assert.Contains("The period cannot end before it starts.", errors["PeriodEnd"]);
        Assert.Empty(await AuditAsync());
        Assert.Equal(9, await Database.CreateContext().CasualtyReports.CountAsync());
    }

    [Fact]
    public async Task AQuoteThatIsNotInTheSourceIsRefused()
    {
        var statement = await ReadAsync<Statement>((await Database.CreateContext().Statements.AsNoTracking().FirstAsync()).ExternalId!);
        statement.Quote = "Words the article never printed";

        var result = await Editor.UpdateAsync(statement);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("The quote does not appear word for word in the chosen source.", result.FieldErrors["Quote"]);
    }

    [Fact]
    public async Task AFigureItsQuoteDoesNotStateIsRefusedUnlessTheAnalystSaysWhy()
    {
        var report = await ReadAsync<CasualtyReport>("cr-am-military-killed-350");
        report.BestEstimate = 355;

        var refused = await Editor.UpdateAsync(report);

        Assert.Equal(EditOutcome.Invalid, refused.Outcome);
        Assert.Contains("The best estimate 355 does not stand in the quote (it states 350)", Assert.Single(refused.FieldErrors["BestEstimate"]));
        Assert.Equal(350, (await ReadAsync<CasualtyReport>(report.ExternalId!)).BestEstimate);

        report.FigureNotInQuote = true;
        Assert.Equal(EditOutcome.Invalid, (await Editor.UpdateAsync(report)).Outcome);
        report.FigureNotInQuoteReason = "The ministry's later bulletin gives 355.";
        Assert.Equal(EditOutcome.Saved, (await Editor.UpdateAsync(report)).Outcome);
        var saved = await ReadAsync<CasualtyReport>(report.ExternalId!);
        Assert.Equal((355, true, "The ministry's later bulletin gives 355."), (saved.BestEstimate!.Value, saved.FigureNotInQuote, saved.FigureNotInQuoteReason));
    }

    [Fact]
    public async Task ASecondClaimForTheSamePeriodIsSavedWithAWarningNamingTheFirst()
    {
        var first = await ReadAsync<CasualtyReport>("cr-az-civilians-wounded-143");
        var second = NewReport(first);
        (second.Basis, second.PeriodStart) = (first.Basis, first.PeriodStart);

        var result = await Editor.CreateAsync(second);

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith($"Casualty report #{first.Id} (143) is another claim by the same reporter for the same side, category, kind and period.", warning);
        Assert.Empty((await Editor.UpdateAsync(await ReadAsync<CasualtyReport>("cr-az-civilians-killed-30"))).Warnings);
    }

    [Fact]
    public async Task AnEventThatEndsBeforeItStartsOrHasAnUnknownZoneIsRefused()
    {
        await using var db = Database.CreateContext();
        var e = await db.TimelineEvents.AsNoTracking().FirstAsync();
        e.EndedAtLocal = e.OccurredAtLocal.AddDays(-1);
        e.TimeZoneId = "Mars/Olympus";

        var result = await Editor.UpdateAsync(e);

        Assert.Contains("The event cannot end before it starts.", result.FieldErrors["EndedAtLocal"]);
        Assert.Contains("“Mars/Olympus” is not a known time zone; use an IANA name such as Europe/Moscow.", result.FieldErrors["TimeZoneId"]);
    }

    [Fact]
    public async Task TheSecondOfTwoEditsOfTheSameVersionIsRefusedWithTheCurrentVersion()
    {
        var first = await AnyReportAsync();
        var second = await AnyReportAsync();
        SetFigureNotInQuote(first, first.BestEstimate + 10, "From a later bulletin");
        second.Notes = "my note";

        Assert.Equal(EditOutcome.Saved, (await Editor.UpdateAsync(first)).Outcome);
        var conflict = await Editor.UpdateAsync(second);

        Assert.Equal(EditOutcome.Conflict, conflict.Outcome);
        var current = Assert.IsType<CasualtyReport>(conflict.Current);
        Assert.Equal(first.BestEstimate, current.BestEstimate);
        Assert.Null((await Database.CreateContext().CasualtyReports.SingleAsync(r => r.Id == first.Id)).Notes);

        // Overwrite: the analyst saves their version again over the one they have now seen.
        second.Version = current.Version;
        Assert.Equal(EditOutcome.Saved, (await Editor.UpdateAsync(second)).Outcome);
        Assert.Equal("my note", (await Database.CreateContext().CasualtyReports.SingleAsync(r => r.Id == first.Id)).Notes);
    }

    [Fact]
    public async Task DeletingARecordOthersReferToIsRefusedWithTheirList()
    {
        await using var db = Database.CreateContext();
        var ceasefire = await db.Ceasefires.AsNoTracking().Include(c => c.Terms).FirstAsync();

        var result = await Editor.DeleteAsync<Ceasefire>(ceasefire.Id, ceasefire.Version);

        Assert.Equal(EditOutcome.HasDependents, result.Outcome);
        Assert.Contains($"3 ceasefire terms (#{string.Join(", #", ceasefire.Terms.Select(t => t.Id).Order())})", result.Message);
        Assert.False((await Database.CreateContext().Ceasefires.IgnoreQueryFilters().SingleAsync(c => c.Id == ceasefire.Id)).IsDeleted);
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task ACascadeDeletesACeasefireWithItsTermsAndAuditsEachAndRestoreBringsItBack()
    {
        await using var db = Database.CreateContext();
        var ceasefire = await db.Ceasefires.AsNoTracking().FirstAsync();

        var deleted = await Editor.DeleteAsync<Ceasefire>(ceasefire.Id, ceasefire.Version, "Duplicate", cascade: true);

        Assert.Equal(EditOutcome.Saved, deleted.Outcome);
        Assert.Equal(0, await Database.CreateContext().Ceasefires.CountAsync());
        Assert.Equal(0, await Database.CreateContext().CeasefireTerms.CountAsync());
        // The ceasefire, its three terms and its two milestone events (its announcement and its entry into force).
        Assert.Equal(0, await Database.CreateContext().TimelineEvents.CountAsync(e => e.CeasefireId == ceasefire.Id));
        var audit = await AuditAsync();
        Assert.Equal(6, audit.Count);
        Assert.All(audit, a => Assert.Equal((AuditAction.Delete, "Duplicate"), (a.Action, a.Reason)));

        var term = await Database.CreateContext().CeasefireTerms.IgnoreQueryFilters().FirstAsync();
        var refused = await Editor.RestoreAsync<CeasefireTerm>(term.Id);
        Assert.Equal(EditOutcome.Invalid, refused.Outcome);
        Assert.Contains("which does not exist or has been deleted", refused.FieldErrors["CeasefireId"].Single());

        // The terms and milestones deleted with the ceasefire come back with it.
        Assert.Equal(EditOutcome.Saved, (await Editor.RestoreAsync<Ceasefire>(ceasefire.Id, "Not a duplicate")).Outcome);
        Assert.Equal(3, await Database.CreateContext().CeasefireTerms.CountAsync());
        Assert.Equal(2, await Database.CreateContext().TimelineEvents.CountAsync(e => e.CeasefireId == ceasefire.Id));
        Assert.Equal(AuditAction.Restore, (await AuditAsync()).Last().Action);
    }

    [Fact]
    public async Task APastVersionCanBeRestoredAndTheRevertIsAudited()
    {
        var report = await AnyReportAsync();
        var original = report.BestEstimate;
        SetFigureNotInQuote(report, original + 100, "From a later bulletin");
        await Editor.UpdateAsync(report, "typo");
        var corrected = await Database.CreateContext().CasualtyReports.AsNoTracking().SingleAsync(r => r.Id == report.Id);
        corrected.BestEstimate = original + 200;
        await Editor.UpdateAsync(corrected);
        var firstChange = (await AuditAsync()).First();
        var current = await Database.CreateContext().CasualtyReports.AsNoTracking().SingleAsync(r => r.Id == report.Id);

        var result = await Editor.RevertAsync(firstChange.Id, current.Version, "Back to the first correction");

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        Assert.Equal(original + 100, (await Database.CreateContext().CasualtyReports.SingleAsync(r => r.Id == report.Id)).BestEstimate);
        var revert = (await AuditAsync()).Last();
        Assert.Equal(AuditAction.Revert, revert.Action);
        Assert.Equal($"Reverted to the version after change #{firstChange.Id}: Back to the first correction", revert.Reason);
        Assert.Contains($"\"BestEstimate\":{original + 200}", revert.BeforeJson);
    }

    [Fact]
    public async Task ARevertOverAVersionTheAnalystDidNotSeeIsAConflict()
    {
        var report = await AnyReportAsync();
        report.Notes = "first";
        await Editor.UpdateAsync(report);
        var entry = (await AuditAsync()).Single();

        var result = await Editor.RevertAsync(entry.Id, report.Version);

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
    }

    [Fact]
    public async Task AnOverLongReasonIsRefused()
    {
        var report = await AnyReportAsync();
        report.Notes = "x";
        var result = await Editor.UpdateAsync(report, new string('r', 1001));
        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Single(result.FieldErrors["Reason"]);
    }
}
