using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Editing;

/// <summary>The records an edit dialog's picker refers to.</summary>
public enum ReferenceList
{
    Conflicts,
    Sides,
    Parties,
    Officials,
    Sources,
    Ceasefires,

    /// <summary>The cumulative casualty reports an increment can be part of.</summary>
    CumulativeReports,
}

/// <summary>
/// What the edit dialogs read besides the record (<see cref="EditingQueries"/>): a picker's matches for what the analyst typed (never a whole table:
/// at 1M reports there are 670,000 cumulative reports and 51,000 sources), the name of the record a field refers to,
/// and the conflict a new record starts from.
/// </summary>
public sealed class ReferenceSearch(IDbContextFactory<TrackerDbContext> factory)
{
    /// <summary>The most matches a picker offers; it reads one more to know whether to say "type more".</summary>
    public const int Limit = 20;

    /// <summary>
    /// Up to <see cref="Limit"/> + 1 live records whose name contains <paramref name="text"/> (any case), or whose id
    /// it is ("#12" or "12"), by name. Empty text gives the first by name (the latest reports).
    /// </summary>
    public async Task<IReadOnlyList<Choice>> SearchAsync(ReferenceList list, string? text, CancellationToken ct = default)
    {
        var typed = text?.Trim() ?? "";
        var id = int.TryParse(typed.TrimStart('#'), out var number) && number > 0 ? number : (int?)null;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (list == ReferenceList.CumulativeReports) return await ReportsAsync(db, typed, id, ct);

        var rows = Named(db, list);
        if (typed.Length > 0)
        {
            var lower = typed.ToLowerInvariant();
            rows = rows.Where(r => r.Name.ToLower().Contains(lower) || r.Id == id);
        }

        return await rows.OrderBy(r => r.Name).ThenBy(r => r.Id).Take(Limit + 1)
            .Select(r => new Choice(r.Id, r.Name)).ToListAsync(ct);
    }

    /// <summary>The live record <paramref name="id"/> of the list with its name, as its picker shows it; null when there is none.</summary>
    public async Task<Choice?> FindAsync(ReferenceList list, int id, CancellationToken ct = default) =>
        (await FindAsync(list, [id], ct)).FirstOrDefault();

    /// <summary>The live records of the list among <paramref name="ids"/>, by name (a record's parties).</summary>
    public async Task<IReadOnlyList<Choice>> FindAsync(ReferenceList list, IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        if (list == ReferenceList.CumulativeReports)
            return await ReportChoicesAsync(db.CasualtyReports.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id), ids.Count, ct);
        return await Named(db, list).Where(r => ids.Contains(r.Id)).OrderBy(r => r.Name)
            .Select(r => new Choice(r.Id, r.Name)).ToListAsync(ct);
    }

    /// <summary>The only conflict of a one-conflict store (a new record belongs to it), or null.</summary>
    public async Task<int?> SoleConflictAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = await db.Conflicts.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <summary>A conflict's own time zone, where a new record's zone starts.</summary>
    public async Task<string?> ConflictTimeZoneAsync(int conflictId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Conflicts.AsNoTracking().Where(c => c.Id == conflictId).Select(c => c.TimeZoneId).FirstOrDefaultAsync(ct);
    }

    // A class with settable members, not the Choice record: EF can filter and sort after this projection.
    private sealed class NamedRow
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
    }

    private static IQueryable<NamedRow> Named(TrackerDbContext db, ReferenceList list) => list switch
    {
        ReferenceList.Conflicts => db.Conflicts.AsNoTracking().Select(c => new NamedRow { Id = c.Id, Name = c.Name }),
        ReferenceList.Sides => db.Sides.AsNoTracking().Select(s => new NamedRow { Id = s.Id, Name = s.Name }),
        ReferenceList.Parties => db.Parties.AsNoTracking().Select(p => new NamedRow { Id = p.Id, Name = p.Name }),
        ReferenceList.Officials => db.Officials.AsNoTracking().Select(o => new NamedRow { Id = o.Id, Name = o.Name }),
        // Read from the index on (Title, IsDeleted), never from the rows with their full texts.
        ReferenceList.Sources => db.Sources.AsNoTracking().Select(s => new NamedRow { Id = s.Id, Name = s.Title }),
        ReferenceList.Ceasefires => db.Ceasefires.AsNoTracking().Select(c => new NamedRow { Id = c.Id, Name = c.Name }),
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Not a list of named records."),
    };

    /// <summary>
    /// Cumulative reports by id: the id typed and those it begins (12 finds 12, 120-129, 1200-1299, ... each range an
    /// index seek), or those whose reporting party or affected side is named like the text, latest period first.
    /// </summary>
    private static async Task<IReadOnlyList<Choice>> ReportsAsync(TrackerDbContext db, string typed, int? id, CancellationToken ct)
    {
        var cumulative = db.CasualtyReports.AsNoTracking().Where(r => r.Basis == FigureBasis.Cumulative);
        if (id is { } prefix)
        {
            var found = new List<Choice>();
            var last = await cumulative.MaxAsync(r => (int?)r.Id, ct) ?? 0;
            for (long low = prefix, width = 1; low <= last && found.Count <= Limit; low *= 10, width *= 10)
            {
                var (from, to) = ((int)low, (int)Math.Min(int.MaxValue, low + width - 1));
                found.AddRange(await ReportChoicesAsync(cumulative.Where(r => r.Id >= from && r.Id <= to).OrderBy(r => r.Id), Limit + 1 - found.Count, ct));
            }

            return found;
        }

        if (typed.Length > 0)
        {
            // The few parties and sides named so first: the reports are then read through their indexes.
            var lower = typed.ToLowerInvariant();
            var parties = await db.Parties.AsNoTracking().Where(p => p.Name.ToLower().Contains(lower)).Select(p => p.Id).ToListAsync(ct);
            var sides = await db.Sides.AsNoTracking().Where(s => s.Name.ToLower().Contains(lower)).Select(s => s.Id).ToListAsync(ct);
            if (parties.Count == 0 && sides.Count == 0) return [];
            cumulative = cumulative.Where(r => parties.Contains(r.ReportingPartyId) || sides.Contains(r.AffectedSideId));
        }

        return await ReportChoicesAsync(cumulative.OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.Id), Limit + 1, ct);
    }

    // The label is written here, not in SQL: the providers turn a date into text differently.
    private static async Task<IReadOnlyList<Choice>> ReportChoicesAsync(IQueryable<CasualtyReport> reports, int take, CancellationToken ct) =>
        [.. (await reports.Take(take).Select(r => new { r.Id, Party = r.ReportingParty!.Name, Side = r.AffectedSide!.Name, r.PeriodEnd }).ToListAsync(ct))
            .Select(r => new Choice(r.Id, $"#{r.Id} {r.Party} on {r.Side}, to {r.PeriodEnd:yyyy-MM-dd}"))];
}
