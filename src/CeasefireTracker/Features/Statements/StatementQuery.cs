using CeasefireTracker.Components.Shared;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Features.Statements;

public sealed record StatementFilter(int? PartyId = null, int? SpeakerId = null)
{
    public const string Path = "statements";

    /// <summary>The keys in the order addresses write them.</summary>
    public static readonly IReadOnlyList<ListQueryKey> Keys = [new("party"), new("speaker"), ListQuery.PageKey];

    /// <summary>Reads the statements page's query string; bad values are named in the query's problems.</summary>
    public static (StatementFilter Filter, int Page) Parse(ListQuery query) =>
        (new StatementFilter(query.PositiveInt("party", "showing every party"), query.PositiveInt("speaker", "showing every speaker")),
         query.Page());

    public string Format(int page = 1) =>
        new ListQueryWriter(Path).Add("party", PartyId).Add("speaker", SpeakerId).AddPage(page).ToString();
}

public sealed record StatementRow(int Id, string? Speaker, string? SpeakerRole, string OnBehalfOf, DateOnly? SaidOn,
    string Text, string Language, bool IsDirectQuote, string? Summary, int SourceId, string Quote, int QuoteStart);

public sealed record StatementPage(IReadOnlyList<StatementRow> Rows, int Total);

/// <summary>Statements newest first (undated last), one page at a time, filtered by party and speaker in the database.</summary>
public sealed class StatementQuery(IDbContextFactory<TrackerDbContext> factory)
{
    public const int DefaultPageSize = 20;

    /// <param name="page">1-based page number.</param>
    public async Task<StatementPage> ReadAsync(StatementFilter filter, int page = 1, int pageSize = DefaultPageSize,
        CancellationToken ct = default)
    {
        PageNumbers.Check(page, pageSize);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Statements.AsNoTracking();
        if (filter.PartyId is { } partyId) query = query.Where(s => s.OnBehalfOfPartyId == partyId);
        if (filter.SpeakerId is { } speakerId) query = query.Where(s => s.SpeakerId == speakerId);

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(s => s.SaidOn == null).ThenByDescending(s => s.SaidOn).ThenByDescending(s => s.Id)
            .Page(page, pageSize)
            .Select(s => new StatementRow(s.Id, s.Speaker != null ? s.Speaker.Name : null, s.Speaker != null ? s.Speaker.Role : null,
                s.OnBehalfOfParty!.Name, s.SaidOn, s.Text, s.Language, s.IsDirectQuote, s.Summary, s.SourceId, s.Quote, s.QuoteStart))
            .ToListAsync(ct);
        return new StatementPage(rows, total);
    }
}

public static class StatementServiceExtensions
{
    public static IServiceCollection AddStatementQueries(this IServiceCollection services) => services.AddScoped<StatementQuery>().AddListPage(StatementFilter.Path, [.. StatementFilter.Keys]).AddExportDataset<StatementExport>();
}
