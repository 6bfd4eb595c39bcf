using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Ingestion;

/// <summary>One record to create from an accepted proposal, with the proposal it comes from.</summary>
public sealed record ProposedRecord(string ProposalId, Entity Record);

/// <summary>What a batch would write, or why it cannot be built (by proposal id, "" for the article).</summary>
public sealed record ProposedBatch(IReadOnlyList<ProposedRecord> Records, IReadOnlyList<(string ProposalId, string Message)> Problems);

/// <summary>
/// Turns accepted proposals into new records that refer to each other through navigation properties (the article's
/// new source, a new party and the reports it gives, a toll and the increment inside it), so the records core can
/// write them as one operation. Sides, parties and officials a proposal names but that the analyst has not decided
/// on are written with it; one the analyst rejected stops the batch with a message.
/// </summary>
public sealed class ProposalWriter(TrackerDbContext db, IngestionSession session, IReadOnlyList<Proposal> proposals)
{
    private readonly List<ProposedRecord> _records = [];
    private readonly List<(string, string)> _problems = [];
    private readonly Dictionary<string, Side> _sides = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Party> _parties = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Official> _officials = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entity> _byProposal = [];
    private Source? _source;

    public async Task<ProposedBatch> BuildAsync(CancellationToken ct = default)
    {
        foreach (var s in await db.Sides.Where(s => s.ConflictId == session.ConflictId).ToListAsync(ct)) _sides.TryAdd(s.Name, s);
        foreach (var p in await db.Parties.Where(p => p.ConflictId == session.ConflictId).ToListAsync(ct)) _parties.TryAdd(p.Name, p);
        foreach (var o in await db.Officials.Where(o => o.Party!.ConflictId == session.ConflictId).ToListAsync(ct)) _officials.TryAdd(o.Name, o);
        _source = session.SourceId is { } id ? await db.Sources.FindAsync([id], ct) : null;
        if (_source is null)
        {
            _source = new Source
            {
                Title = session.Title, Publisher = session.Publisher, Url = session.Url, ReferenceDate = session.ArticleDate,
                Language = session.Language, FullText = session.Text,
            };
            _records.Add(new ProposedRecord("", _source));
        }

        foreach (var proposal in proposals.Where(p => p.Status == ProposalStatus.Accepted).OrderBy(Order))
            Write(proposal);
        return new ProposedBatch(_records, _problems);
    }

    // Sides before parties before officials, tolls before the increments inside them.
    private static int Order(Proposal p) => p switch
    {
        SideProposal => 0,
        PartyProposal => 1,
        OfficialProposal => 2,
        CeasefireProposal => 3,
        CasualtyFigureProposal { Basis: FigureBasis.Cumulative } => 4,
        _ => 5,
    };

    private void Write(Proposal proposal)
    {
        if (_byProposal.ContainsKey(proposal.Id)) return;
        Entity? record = proposal switch
        {
            SideProposal s => _sides.TryGetValue(s.Name, out var existing) ? existing : Add(s, _sides[s.Name] = new Side { ConflictId = session.ConflictId, Name = s.Name, Kind = s.Kind }),
            PartyProposal p => PartyFrom(p),
            OfficialProposal o => OfficialFrom(o),
            CasualtyFigureProposal f => Figure(f),
            EventProposal e => Event(e),
            CeasefireProposal c => CeasefireFrom(c),
            CeasefireTermProposal t => Term(t),
            StatementProposal s => StatementFrom(s),
            _ => null,
        };
        if (record is not null) _byProposal[proposal.Id] = record;
    }

    private T Add<T>(Proposal proposal, T record) where T : Entity
    {
        if (record is ISourced sourced)
        {
            sourced.Source = _source;
            if (_source!.Id != 0) sourced.SourceId = _source.Id;
            sourced.Quote = proposal.Quote;
            sourced.QuoteStart = proposal.QuoteStart;
        }
        _records.Add(new ProposedRecord(proposal.Id, record));
        return record;
    }

    private void Problem(Proposal proposal, string message) => _problems.Add((proposal.Id, message));

    private Side? SideNamed(Proposal from, string? name)
    {
        if (name is null) return null;
        if (_sides.TryGetValue(name, out var side)) return side;
        if (Pending<SideProposal>(from, name, p => p.Name) is { } proposal) Write(proposal);
        return _sides.GetValueOrDefault(name);
    }

    private Party? PartyNamed(Proposal from, string? name)
    {
        if (name is null) return null;
        if (_parties.TryGetValue(name, out var party)) return party;
        if (Pending<PartyProposal>(from, name, p => p.Name) is { } proposal) Write(proposal);
        return _parties.GetValueOrDefault(name);
    }

    private Official? OfficialNamed(Proposal from, string? name)
    {
        if (name is null) return null;
        if (_officials.TryGetValue(name, out var official)) return official;
        if (Pending<OfficialProposal>(from, name, p => p.Name) is { } proposal) Write(proposal);
        return _officials.GetValueOrDefault(name);
    }

    /// <summary>The proposal that creates what <paramref name="from"/> names, written along unless the analyst rejected it.</summary>
    private T? Pending<T>(Proposal from, string name, Func<T, string> nameOf) where T : Proposal
    {
        var proposal = proposals.OfType<T>().FirstOrDefault(p => StoreNames.Same(nameOf(p), name));
        if (proposal is null) { Problem(from, $"\"{name}\" is neither in the store nor proposed: choose another or add it first."); return null; }
        if (proposal.Status == ProposalStatus.Rejected) { Problem(from, $"\"{name}\" was rejected: accept it, or choose another."); return null; }
        if (proposal.Status == ProposalStatus.Saved) return null;
        return proposal;
    }

    private Party? PartyFrom(PartyProposal p)
    {
        if (_parties.TryGetValue(p.Name, out var existing)) return existing;
        var party = new Party { ConflictId = session.ConflictId, Name = p.Name, NameInSource = p.NameInSource, Kind = p.Kind, Role = p.Role };
        _parties[p.Name] = party;
        party.Side = SideNamed(p, p.Side);
        party.ParentParty = PartyNamed(p, p.Parent);
        return Add(p, party);
    }

    private Official? OfficialFrom(OfficialProposal o)
    {
        if (_officials.TryGetValue(o.Name, out var existing)) return existing;
        var party = PartyNamed(o, o.Party);
        if (party is null) { Problem(o, $"{o.Name} needs the party they speak for."); return null; }
        var official = new Official { Name = o.Name, Aliases = o.Aliases, Role = o.Role, Party = party };
        _officials[o.Name] = official;
        return Add(o, official);
    }

    private CasualtyReport? Figure(CasualtyFigureProposal f)
    {
        if (f.Kind is null || f.Category is null) { Problem(f, "Choose the kind and category of this figure."); return null; }
        if (f.PeriodEnd is null) { Problem(f, "Give the date the figure runs to."); return null; }
        if (f.AffectedSide is null || f.Reporter is null) { Problem(f, "Choose whose people this figure counts and who reports it."); return null; }
        var side = SideNamed(f, f.AffectedSide);
        var reporter = PartyNamed(f, f.Reporter);
        if (side is null || reporter is null) return null;
        CasualtyReport? includedIn = null;
        if (f.IncludedInProposalId is { } total && proposals.FirstOrDefault(p => p.Id == total) is CasualtyFigureProposal toll)
        {
            if (toll.Status == ProposalStatus.Accepted) { Write(toll); includedIn = _byProposal.GetValueOrDefault(toll.Id) as CasualtyReport; }
            else if (toll is { Status: ProposalStatus.Saved, SavedRecordId: { } savedId }) f.IncludedInReportId = savedId;
        }
        return Add(f, new CasualtyReport
        {
            Quote = f.Quote, ConflictId = session.ConflictId, AffectedSide = side, ReportingParty = reporter, Category = f.Category.Value, Kind = f.Kind.Value,
            BestEstimate = f.BestEstimate, Low = f.Low, High = f.High, Qualifier = f.Qualifier, Basis = f.Basis,
            PeriodStart = f.PeriodStart, PeriodEnd = f.PeriodEnd.Value, IncludedInReport = includedIn,
            IncludedInReportId = includedIn is null ? f.IncludedInReportId : null,
            Notes = f.FigureAsWritten.Length > 0 ? $"As written: \"{f.FigureAsWritten}\"." : null,
        });
    }

    private TimelineEvent Event(EventProposal e)
    {
        var parties = e.Parties.Select(p => PartyNamed(e, p)).OfType<Party>().Distinct().ToList();
        return Add(e, new TimelineEvent
        {
            Quote = e.Quote, ConflictId = session.ConflictId, Kind = e.Kind, Title = e.Title, Description = e.TimeAsWritten is null ? null : $"As written: \"{e.TimeAsWritten}\".",
            OccurredAtLocal = e.OccurredAtLocal, OccurredAtUtc = ToUtc(e.OccurredAtLocal, e.TimeZoneId), EndedAtLocal = e.EndedAtLocal,
            Precision = e.Precision, TimeZoneId = e.TimeZoneId, TimeZoneBasis = e.TimeZoneBasis, Parties = parties,
        });
    }

    /// <summary>
    /// A new ceasefire; or, where a stored ceasefire gives another time in force, this article's time as a claim of its
    /// own beside it (an in-force event citing this article), leaving the stored ceasefire as it is.
    /// </summary>
    private Entity? CeasefireFrom(CeasefireProposal c)
    {
        if (c is { Match: StoreMatch.Contested, InForceFromLocal: { } claimed })
            return Add(c, new TimelineEvent
            {
                Quote = c.Quote, ConflictId = session.ConflictId, Kind = EventKind.CeasefireInForce,
                Title = "Ceasefire in force (contested time)", CeasefireId = c.StoredRecordId,
                Description = $"This source says \"{c.InForceAsWritten}\"; ceasefire #{c.StoredRecordId} gives another time.",
                OccurredAtLocal = claimed, OccurredAtUtc = ToUtc(claimed, c.TimeZoneId), Precision = c.InForcePrecision,
                TimeZoneId = c.TimeZoneId, TimeZoneBasis = c.TimeZoneBasis,
                Parties = c.Parties.Select(p => PartyNamed(c, p)).OfType<Party>().ToList(),
            });
        return Add(c, new Ceasefire
        {
            Quote = c.Quote, ConflictId = session.ConflictId, Name = c.Name, MediatorParty = PartyNamed(c, c.Mediator),
            Parties = c.Parties.Select(p => PartyNamed(c, p)).OfType<Party>().Distinct().ToList(),
            AnnouncedAtLocal = c.AnnouncedAtLocal, AnnouncedAtUtc = ToUtc(c.AnnouncedAtLocal, c.TimeZoneId), AnnouncedPrecision = c.AnnouncedPrecision,
            InForceFromLocal = c.InForceFromLocal, InForceFromUtc = c.InForceFromLocal is { } f ? ToUtc(f, c.TimeZoneId) : null,
            InForcePrecision = c.InForcePrecision, TimeZoneId = c.TimeZoneId, TimeZoneBasis = c.TimeZoneBasis,
        });
    }

    private CeasefireTerm? Term(CeasefireTermProposal t)
    {
        var ceasefire = proposals.FirstOrDefault(p => p.Id == t.CeasefireProposalId) as CeasefireProposal;
        Ceasefire? parent = null;
        if (ceasefire is { Status: ProposalStatus.Accepted, Match: not StoreMatch.Contested })
        {
            Write(ceasefire);
            parent = _byProposal.GetValueOrDefault(ceasefire.Id) as Ceasefire;
        }
        var storedId = t.CeasefireId ?? ceasefire?.SavedRecordId;
        if (parent is null && storedId is null) { Problem(t, "Accept the ceasefire this term belongs to."); return null; }
        return Add(t, new CeasefireTerm { Quote = t.Quote, Kind = t.Kind, Description = t.Description, Ceasefire = parent, CeasefireId = parent is null ? storedId!.Value : 0 });
    }

    private Statement? StatementFrom(StatementProposal s)
    {
        var party = PartyNamed(s, s.OnBehalfOf);
        if (party is null) { Problem(s, "Choose on whose behalf this was said."); return null; }
        return Add(s, new Statement
        {
            Quote = s.Quote, ConflictId = session.ConflictId, Speaker = OfficialNamed(s, s.Speaker), OnBehalfOfParty = party, SaidOn = s.SaidOn,
            Text = s.Quote, Language = session.Language, IsDirectQuote = s.IsDirectQuote,
        });
    }

    private static DateTime ToUtc(DateTime local, string zoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var z) ? z : TimeZoneInfo.Utc;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A wall time that does not exist (skipped by a clock change) is taken an hour later, as clocks show it.
        if (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }
}
