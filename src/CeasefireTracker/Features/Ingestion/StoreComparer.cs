using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Ingestion;

/// <summary>
/// Marks each proposal against the conflict's stored records: the same fact with the same value is "already
/// recorded"; the same fact with another value (another reporter's toll for the same side and period, another time
/// in force for the same ceasefire) is a contested claim, kept beside the stored one, never written over it.
/// </summary>
public static class StoreComparer
{
    public static async Task CompareAsync(TrackerDbContext db, int conflictId, StoreNames names, IReadOnlyList<Proposal> proposals, CancellationToken ct = default)
    {
        var figures = proposals.OfType<CasualtyFigureProposal>().ToList();
        if (figures.Count > 0)
        {
            var ends = figures.Select(f => f.PeriodEnd).OfType<DateOnly>().Distinct().ToList();
            var stored = await db.CasualtyReports.AsNoTracking()
                .Where(r => r.ConflictId == conflictId && ends.Contains(r.PeriodEnd))
                .Select(r => new { r.Id, r.AffectedSideId, r.ReportingPartyId, r.Category, r.Kind, r.Basis, r.BestEstimate, r.Low, r.High, r.Qualifier, r.PeriodEnd, r.SourceId, Reporter = r.ReportingParty!.Name })
                .ToListAsync(ct);
            foreach (var figure in figures)
            {
                var side = names.Sides.FirstOrDefault(s => figure.AffectedSide is not null && StoreNames.Same(s.Name, figure.AffectedSide));
                var reporter = figure.Reporter is null ? null : names.Party(figure.Reporter, null);
                var sameFact = stored.Where(r => side is not null && r.AffectedSideId == side.Id && r.Category == figure.Category
                                                 && r.Kind == figure.Kind && r.Basis == figure.Basis && r.PeriodEnd == figure.PeriodEnd).ToList();
                var same = sameFact.FirstOrDefault(r => reporter is not null && r.ReportingPartyId == reporter.Id && r.BestEstimate == figure.BestEstimate
                                                        && r.Low == figure.Low && r.High == figure.High && r.Qualifier == figure.Qualifier);
                if (same is not null) Mark(figure, StoreMatch.AlreadyRecorded, same.Id, $"Already recorded as casualty report #{same.Id} (source #{same.SourceId}).");
                else if (sameFact.FirstOrDefault() is { } other)
                    Mark(figure, StoreMatch.Contested, other.Id,
                        $"Contested: {other.Reporter} gives {FigureText.Describe(other.BestEstimate, other.Low, other.High, other.Qualifier)} (report #{other.Id}, source #{other.SourceId}); saving adds this claim beside it.");

                // An increment inside a stored toll of the same reporter ends the same day: link it, never add it.
                if (figure is { Basis: FigureBasis.Increment, IncludedInProposalId: null } && reporter is not null && side is not null)
                {
                    var toll = stored.FirstOrDefault(r => r.Basis == FigureBasis.Cumulative && r.AffectedSideId == side.Id && r.ReportingPartyId == reporter.Id
                                                          && r.Kind == figure.Kind && r.Category == figure.Category && r.PeriodEnd == figure.PeriodEnd);
                    if (toll is not null) figure.IncludedInReportId = toll.Id;
                }
            }
        }

        foreach (var ceasefire in proposals.OfType<CeasefireProposal>())
        {
            var day = ceasefire.InForceFromLocal?.Date ?? ceasefire.AnnouncedAtLocal.Date;
            var candidates = await db.Ceasefires.AsNoTracking()
                .Where(c => c.ConflictId == conflictId && c.AnnouncedAtLocal >= day.AddDays(-3) && c.AnnouncedAtLocal <= day.AddDays(3))
                .Select(c => new { c.Id, c.Name, c.InForceFromLocal, c.InForcePrecision, c.TimeZoneId, c.SourceId, Parties = c.Parties.Select(p => p.Name).ToList() })
                .ToListAsync(ct);
            var match = candidates.FirstOrDefault(c => ceasefire.Parties.Count == 0 || ceasefire.Parties.Any(p => c.Parties.Any(cp => StoreNames.Same(cp, p))));
            if (match is null) continue;
            if (match.InForceFromLocal == ceasefire.InForceFromLocal && (ceasefire.InForceFromLocal is null || match.InForcePrecision == ceasefire.InForcePrecision))
                Mark(ceasefire, StoreMatch.AlreadyRecorded, match.Id, $"Already recorded as ceasefire #{match.Id}, \"{match.Name}\".");
            else
                Mark(ceasefire, StoreMatch.Contested, match.Id,
                    $"Contested: ceasefire #{match.Id} (source #{match.SourceId}) is in force {(match.InForceFromLocal is { } f ? SourcedTime.Format(f, match.InForcePrecision, match.TimeZoneId, TimeZoneBasis.Implied) : "at no stated time")}; saving records this article's time as a claim of its own, beside it.");
            foreach (var term in proposals.OfType<CeasefireTermProposal>().Where(t => t.CeasefireProposalId == ceasefire.Id))
                term.CeasefireId = match.Id;
        }

        foreach (var item in proposals.OfType<EventProposal>())
        {
            var from = item.OccurredAtLocal.Date;
            var to = from.AddDays(1);
            var stored = await db.TimelineEvents.AsNoTracking()
                .Where(e => e.ConflictId == conflictId && e.Kind == item.Kind && e.OccurredAtLocal >= from && e.OccurredAtLocal < to)
                .Select(e => new { e.Id, e.OccurredAtLocal, e.Precision, e.Title }).FirstOrDefaultAsync(ct);
            if (stored is null) continue;
            if (stored.OccurredAtLocal == item.OccurredAtLocal && stored.Precision == item.Precision)
                Mark(item, StoreMatch.AlreadyRecorded, stored.Id, $"Already recorded as event #{stored.Id}, \"{stored.Title}\".");
            else
                Mark(item, StoreMatch.Contested, stored.Id, $"Contested: event #{stored.Id} gives {SourcedTime.Format(stored.OccurredAtLocal, stored.Precision)}.");
        }

        foreach (var statement in proposals.OfType<StatementProposal>())
        {
            var quote = statement.Quote;
            var stored = await db.Statements.AsNoTracking().Where(s => s.ConflictId == conflictId && s.Quote == quote).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
            if (stored is { } id) Mark(statement, StoreMatch.AlreadyRecorded, id, $"Already recorded as statement #{id}.");
        }
    }

    private static void Mark(Proposal proposal, StoreMatch match, int id, string note)
    {
        proposal.Match = match;
        proposal.StoredRecordId = id;
        proposal.Note = proposal.Note is null ? note : $"{note} {proposal.Note}";
    }
}
