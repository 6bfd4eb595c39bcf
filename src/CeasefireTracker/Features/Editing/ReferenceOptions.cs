using CeasefireTracker.Data;
using CeasefireTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Features.Editing;


/// <summary>The live records a form may refer to, each as an id and a label, read once when a dialog opens.</summary>
public sealed class ReferenceOptions
{
    public IReadOnlyList<Choice> Conflicts { get; private init; } = [];

    /// <summary>Each conflict's own time zone, where a new record's zone starts.</summary>
    public IReadOnlyDictionary<int, string?> ConflictTimeZones { get; private init; } = new Dictionary<int, string?>();
    public IReadOnlyList<Choice> Sides { get; private init; } = [];
    public IReadOnlyList<Choice> Parties { get; private init; } = [];
    public IReadOnlyList<Choice> Officials { get; private init; } = [];
    public IReadOnlyList<Choice> Sources { get; private init; } = [];
    public IReadOnlyList<Choice> Ceasefires { get; private init; } = [];
    public IReadOnlyList<Choice> CumulativeReports { get; private init; } = [];

    public static async Task<ReferenceOptions> LoadAsync(IDbContextFactory<TrackerDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return new ReferenceOptions
        {
            Conflicts = await db.Conflicts.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(ct),
            ConflictTimeZones = await db.Conflicts.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.TimeZoneId, ct),
            Sides = await db.Sides.AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct),
            Parties = await db.Parties.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct),
            Officials = await db.Officials.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct),
            Sources = await db.Sources.AsNoTracking().OrderBy(s => s.Title).Select(s => new Choice(s.Id, s.Title)).ToListAsync(ct),
            Ceasefires = await db.Ceasefires.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(ct),
            CumulativeReports = await db.CasualtyReports.AsNoTracking().Where(r => r.Basis == FigureBasis.Cumulative)
                .OrderBy(r => r.Id).Select(r => new Choice(r.Id, $"#{r.Id} {r.ReportingParty!.Name} on {r.AffectedSide!.Name}, to {r.PeriodEnd}"))
                .ToListAsync(ct),
        };
    }
}
