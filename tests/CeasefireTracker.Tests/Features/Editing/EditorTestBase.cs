using CeasefireTracker.Data.Seeding;

namespace CeasefireTracker.Tests.Features.Editing;

/// <summary>
/// The editor's tests: a seeded store of each test's own, the one audited writer on it acting as <see cref="SignedIn"/>
/// (the analyst unless a test signs in someone else), and the reads these tests check a write with.
/// </summary>
public abstract class EditorTestBase : DatabaseTestBase
{
    protected TestUsers.Provider SignedIn { get; } = new(TestUsers.Analyst);

    protected RecordEditor Editor => new(Database.Factory, SignedIn, NullLogger<RecordEditor>.Instance);

    /// <summary>A record as stored, deleted or not.</summary>
    protected async Task<T> ReadAsync<T>(string externalId) where T : Entity
    {
        await using var db = Database.CreateContext();
        return await db.Set<T>().IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.ExternalId == externalId);
    }

    /// <summary>The entries written since the store was seeded (the seed's own operation is SeedAuditTests' concern).</summary>
    protected async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.UserName != SeedImporter.Actor).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>Gives a report a figure its quote does not state, with the override and reason the rules then ask for.</summary>
    protected static void SetFigureNotInQuote(CasualtyReport report, int? figure, string reason) =>
        (report.BestEstimate, report.FigureNotInQuote, report.FigureNotInQuoteReason) = (figure, true, reason);

    /// <summary>A stored exact cumulative report that is no other's part (the <paramref name="skip"/>-th such), to copy.</summary>
    protected async Task<CasualtyReport> StoredReportAsync(int skip = 0)
    {
        await using var db = Database.CreateContext();
        return await db.CasualtyReports.AsNoTracking().OrderBy(r => r.Id)
            .Where(r => r.BestEstimate != null && r.Qualifier == FigureQualifier.Exact && r.IncludedInReportId == null && r.Basis == FigureBasis.Cumulative)
            .Skip(skip).FirstAsync();
    }

    /// <summary>A new report with a stored report's figure and quote, so it keeps every rule.</summary>
    protected static CasualtyReport Like(CasualtyReport stored, Party? reporter = null, CasualtyReport? includedIn = null) => new()
    {
        ConflictId = stored.ConflictId,
        AffectedSideId = stored.AffectedSideId,
        ReportingPartyId = reporter is null ? stored.ReportingPartyId : 0,
        ReportingParty = reporter,
        Category = stored.Category,
        Kind = stored.Kind,
        BestEstimate = stored.BestEstimate,
        Qualifier = stored.Qualifier,
        Basis = includedIn is null ? FigureBasis.Cumulative : FigureBasis.Increment,
        IncludedInReport = includedIn,
        PeriodEnd = stored.PeriodEnd,
        SourceId = stored.SourceId,
        Quote = stored.Quote,
    };

    /// <summary>Every report and party, deleted ones too, and every audit entry: what a refused write must leave as it was.</summary>
    protected async Task<(int Reports, int Parties, int Audit)> CountsAsync()
    {
        await using var db = Database.CreateContext();
        return (await db.CasualtyReports.IgnoreQueryFilters().CountAsync(), await db.Parties.IgnoreQueryFilters().CountAsync(),
            await db.AuditEntries.CountAsync());
    }
}
