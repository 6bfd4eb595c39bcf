using CeasefireTracker.Data;
using CeasefireTracker.Data.Configurations;
using CeasefireTracker.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;

namespace CeasefireTracker.Features.Ingestion;

/// <summary>What the analyst gives with an article.</summary>
public sealed class ArticleRequest
{
    public int ConflictId { get; set; }
    public string Text { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public DateOnly? Date { get; set; }
    public string? Language { get; set; }
}

public sealed record IngestionOutcome(bool Succeeded, int? SessionId, IReadOnlyList<string> Messages)
{
    public static IngestionOutcome Failed(params string[] messages) => new(false, null, messages);
}

public sealed record SessionRow(int Id, string Title, string Language, DateOnly ArticleDate, IngestionStatus Status, string CreatedBy, string? UpdatedBy, DateTime UpdatedAtUtc);

/// <summary>
/// Article ingestion for the analyst's page: reads an article into a session of proposals (compared with the
/// store), keeps the analyst's decisions, and saves the accepted proposals through the records core, all or nothing.
/// </summary>
public sealed class IngestionService(
    IDbContextFactory<TrackerDbContext> factory, ArticleAnalyzer analyzer, LanguageCatalog languages, IngestionRecordWriter writer,
    AuthenticationStateProvider authentication, ILogger<IngestionService> logger)
{
    public LanguageGuess Detect(string text) => languages.Detect(text);

    public async Task<IReadOnlyList<(int Id, string Name)>> ConflictsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Conflicts.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Name)).ToList();
    }

    /// <summary>The names a proposal may refer to: the conflict's stored sides and parties, and those proposed.</summary>
    public async Task<(IReadOnlyList<string> Sides, IReadOnlyList<string> Parties)> NamesAsync(int conflictId, IReadOnlyList<Proposal> proposals, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var names = await StoreNames.LoadAsync(db, conflictId, ct);
        var sides = names.Sides.Select(s => s.Name).Concat(proposals.OfType<SideProposal>().Select(s => s.Name)).Distinct().Order().ToList();
        var parties = names.Parties.Select(p => p.Name).Concat(proposals.OfType<PartyProposal>().Select(p => p.Name)).Distinct().Order().ToList();
        return (sides, parties);
    }

    public IReadOnlyList<string> Languages => languages.All.Select(l => l.Language).Order().ToList();

    public async Task<IngestionOutcome> StartAsync(ArticleRequest request, CancellationToken ct = default)
    {
        var user = await AnalystAsync();
        if (user is null) return IngestionOutcome.Failed("Only analysts can ingest articles. Sign in with an analyst account.");
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Text)) problems.Add("The article is empty: paste its text or upload a file.");
        else if (request.Text.Length > Limits.SourceText) problems.Add($"The article is {request.Text.Length:N0} characters long; a source holds at most {Limits.SourceText:N0}.");
        if (string.IsNullOrWhiteSpace(request.Title)) problems.Add("Give the article a title.");
        else if (request.Title.Length > Limits.Title) problems.Add($"The title is longer than {Limits.Title} characters.");
        if (request.Publisher?.Length > Limits.Name) problems.Add($"The publisher is longer than {Limits.Name} characters.");
        if (request.Url is { Length: > 0 } url && (url.Length > 2048 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            problems.Add("The address must be a full http or https address.");
        if (request.Date is null) problems.Add("Give the article's date: its dates and times are read against it.");
        if (request.Language?.Length > 16) problems.Add("The language code is too long.");
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Conflicts.AnyAsync(c => c.Id == request.ConflictId, ct)) problems.Add("Choose the conflict the article is about.");
        if (problems.Count > 0) return new IngestionOutcome(false, null, problems);

        var names = await StoreNames.LoadAsync(db, request.ConflictId, ct);
        var analysis = analyzer.Analyze(request.Text, request.Date!.Value, request.Language, names, ct);
        await StoreComparer.CompareAsync(db, request.ConflictId, names, analysis.Proposals, ct);
        var now = DateTime.UtcNow;
        var session = new IngestionSession
        {
            ConflictId = request.ConflictId, Title = request.Title.Trim(), Publisher = Blank(request.Publisher), Url = Blank(request.Url),
            ArticleDate = request.Date.Value, Language = analysis.Language.Length == 0 ? "und" : analysis.Language, Text = request.Text,
            CreatedBy = user, UpdatedBy = user, CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        session.WriteProposals(analysis.Proposals);
        db.Add(session);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{UserName} started ingestion session {SessionId} ({Language}, {Length} characters): {Count} proposals",
            user, session.Id, session.Language, request.Text.Length, analysis.Proposals.Count);
        return new IngestionOutcome(true, session.Id, analysis.Messages);
    }

    public async Task<IngestionSession?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<IngestionSession>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
    }

    public async Task<IReadOnlyList<SessionRow>> RecentAsync(int take = 50, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<IngestionSession>().AsNoTracking().OrderBy(s => s.Status).ThenByDescending(s => s.UpdatedAtUtc).Take(take)
            .Select(s => new SessionRow(s.Id, s.Title, s.Language, s.ArticleDate, s.Status, s.CreatedBy, s.UpdatedBy, s.UpdatedAtUtc)).ToListAsync(ct);
    }

    /// <summary>Keeps the analyst's decisions; refused if another analyst saved the session since it was opened.</summary>
    public async Task<(IngestionSession? Session, string? Problem)> KeepAsync(int id, Guid version, IReadOnlyList<Proposal> proposals, CancellationToken ct = default)
    {
        var user = await AnalystAsync();
        if (user is null) return (null, "Only analysts can change an ingestion.");
        await using var db = await factory.CreateDbContextAsync(ct);
        var session = await db.Set<IngestionSession>().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return (null, "This ingestion no longer exists.");
        if (session.Version != version) return (null, $"{session.UpdatedBy} changed this ingestion after you opened it: reload it to see their decisions.");
        session.WriteProposals(proposals);
        Touch(session, user);
        await db.SaveChangesAsync(ct);
        return (session, null);
    }

    /// <summary>
    /// Writes every accepted proposal (and the article as a source, the first time) as one operation of the records
    /// core; on success they are marked saved with their records. Nothing is written if anything is refused.
    /// </summary>
    public async Task<(IngestionSession? Session, IReadOnlyList<string> Problems, int Written)> SaveAcceptedAsync(int id, Guid version,
        IReadOnlyList<Proposal> proposals, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var user = await AnalystAsync();
        if (user is null) return (null, ["Only analysts can save records."], 0);
        await using var db = await factory.CreateDbContextAsync(ct);
        var session = await db.Set<IngestionSession>().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return (null, ["This ingestion no longer exists."], 0);
        if (session.Version != version) return (null, [$"{session.UpdatedBy} changed this ingestion after you opened it: reload it first."], 0);
        if (!proposals.Any(p => p.Status == ProposalStatus.Accepted)) return (null, ["Accept at least one proposal first."], 0);

        var batch = await new ProposalWriter(db, session, proposals).BuildAsync(ct);
        if (batch.Problems.Count > 0)
            return (null, batch.Problems.Select(p => $"{Describe(proposals, p.ProposalId)}: {p.Message}").ToList(), 0);

        var reason = $"from article \"{Shorten(session.Title)}\" (ingestion #{session.Id})";
        var result = await writer.ApplyAsync(batch.Records.Select(r => r.Record).ToList(), reason, progress, ct);
        if (!result.Succeeded)
            return (null, result.Problems.Select(p => p.Index is { } i && i < batch.Records.Count ? $"{Describe(proposals, batch.Records[i].ProposalId)}: {p.Message}" : p.Message).ToList(), 0);

        foreach (var record in batch.Records)
        {
            if (record.Record is Source source) session.SourceId = source.Id;
            if (proposals.FirstOrDefault(p => p.Id == record.ProposalId) is { } proposal)
            {
                proposal.Status = ProposalStatus.Saved;
                proposal.SavedRecordId = record.Record.Id;
            }
        }
        session.WriteProposals(proposals);
        if (proposals.All(p => p.Status is ProposalStatus.Saved or ProposalStatus.Rejected)) session.Status = IngestionStatus.Finished;
        Touch(session, user);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{UserName} saved {Count} records from ingestion session {SessionId}", user, batch.Records.Count, session.Id);
        return (session, [], batch.Records.Count);
    }

    private static string Describe(IReadOnlyList<Proposal> proposals, string id) =>
        id.Length == 0 ? "The article" : proposals.FirstOrDefault(p => p.Id == id) is { } p ? $"{p.KindLabel} \"{Shorten(p.Quote)}\"" : id;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Touch(IngestionSession session, string user)
    {
        session.UpdatedBy = user;
        session.UpdatedAtUtc = DateTime.UtcNow;
        session.Version = Guid.NewGuid();
    }

    private async Task<string?> AnalystAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Analyst) ? user.Identity.Name ?? "unnamed analyst" : null;
    }
}
