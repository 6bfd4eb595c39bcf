using System.Globalization;
using System.Text;

namespace CeasefireTracker.Features.Generation;

/// <summary>How many records of each kind a generation wrote.</summary>
public sealed record GenerationSummary(
    int Conflicts, int Sides, int Parties, int Officials, int Sources, int CasualtyReports, int Events, int Statements);

/// <summary>
/// Builds a deterministic synthetic data set with the shape of real records: per conflict two sides and a combined
/// side, belligerents with their forces and health authorities, a mediator, monitors and a news agency. Every day each
/// reporter publishes a bulletin (a <see cref="Source"/>) whose sentences are the quotes of its casualty reports:
/// cumulative tolls that only grow per reporter, side, category and kind, and increments "since the last bulletin"
/// that point to the cumulative toll containing them. Events and statements quote a daily situation report.
/// The same options and seed always give the same rows. Names of places and states are invented.
/// </summary>
internal sealed class SyntheticDataGenerator(GenerationOptions options, BulkWriter writer)
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");
    private static readonly DateOnly LastDay = new(2025, 12, 31);

    private static readonly Blueprint[] Blueprints =
    [
        new("Highland border war", "Caucasus", "Arvenia", "Belmark", "Corsova", "Asia/Baku", 4),
        new("Delta river conflict", "East Africa", "Dunmere", "Estovia", "Fallow Union", "Africa/Khartoum", 2),
        new("Steppe front", "Eastern Europe", "Galdor", "Hestria", "Ismark", "Europe/Kyiv", 2),
        new("Coastal enclave conflict", "Levant", "Jorvan", "Kestral", "Lumeria", "Asia/Jerusalem", 2),
        new("Mountain insurgency", "South Asia", "Marovia", "Norland", "Osterra", "Asia/Kabul", 4.5),
        new("Island dispute", "South-East Asia", "Pellan", "Quorra", "Rivenia", "Asia/Manila", 8),
    ];

    private static readonly string[] Syllables = ["al", "ba", "cor", "den", "el", "far", "gol", "han", "ir", "kel", "lom", "mar", "nor", "os", "pel", "rav", "sul", "tar", "ul", "ven", "zor"];

    private readonly Random _random = new(options.Seed);
    private int _sourceId, _reportId, _eventId, _statementId, _partyId, _officialId, _sideId;
    private int _sources, _reports, _events, _statements;

    public GenerationSummary Generate()
    {
        for (var c = 0; c < options.Conflicts; c++)
            GenerateConflict(c);
        writer.Commit();
        return new GenerationSummary(options.Conflicts, _sideId, _partyId, _officialId, _sources, _reports, _events, _statements);
    }

    private void GenerateConflict(int index)
    {
        var blueprint = Blueprints[index % Blueprints.Length];
        var round = index / Blueprints.Length;
        var suffix = round == 0 ? "" : $" {round + 1}";
        var end = LastDay.AddDays(-30 * index);
        var start = end.AddYears(-options.Years).AddDays(1);
        var stamp = Stamp(start);
        var conflict = new Conflict
        {
            Id = index + 1, Name = blueprint.Name + suffix, Region = blueprint.Region + " (synthetic)",
            Description = $"Synthetic conflict generated for performance measurements (seed {options.Seed}).",
            StartedOn = start,
        };
        Stamp(conflict, $"gen-conflict-{conflict.Id}", stamp);
        writer.Write(conflict);

        var sideA = NewSide(conflict, blueprint.StateA, SideKind.Single, stamp);
        var sideB = NewSide(conflict, blueprint.StateB, SideKind.Single, stamp);
        var combined = NewSide(conflict, "Both sides (combined)", SideKind.Combined, stamp);

        var stateA = NewParty(conflict, blueprint.StateA, PartyKind.State, PartyRole.Belligerent, sideA, null, stamp);
        var forcesA = NewParty(conflict, $"{blueprint.StateA} armed forces", PartyKind.ArmedForces, PartyRole.Belligerent, sideA, stateA, stamp);
        var healthA = NewParty(conflict, $"{blueprint.StateA} health ministry", PartyKind.Authority, PartyRole.Reporter, sideA, stateA, stamp);
        var stateB = NewParty(conflict, blueprint.StateB, PartyKind.State, PartyRole.Belligerent, sideB, null, stamp);
        var forcesB = NewParty(conflict, $"{blueprint.StateB} armed forces", PartyKind.ArmedForces, PartyRole.Belligerent, sideB, stateB, stamp);
        var healthB = NewParty(conflict, $"{blueprint.StateB} health ministry", PartyKind.Authority, PartyRole.Reporter, sideB, stateB, stamp);
        var mediator = NewParty(conflict, blueprint.Mediator, PartyKind.State, PartyRole.Mediator, null, null, stamp);
        var monitors = NewParty(conflict, $"{blueprint.Region} monitoring mission", PartyKind.InternationalGroup, PartyRole.Observer, null, null, stamp);
        var agency = NewParty(conflict, $"{blueprint.Region} news agency", PartyKind.Media, PartyRole.Reporter, null, null, stamp);

        var officials = new[]
        {
            NewOfficial(stateA, "Foreign minister", stamp), NewOfficial(forcesA, "Defence spokesperson", stamp),
            NewOfficial(stateB, "Foreign minister", stamp), NewOfficial(forcesB, "Defence spokesperson", stamp),
            NewOfficial(mediator, "Foreign minister", stamp), NewOfficial(monitors, "Head of mission", stamp),
        };

        var world = new World(conflict, blueprint, start, sideA, sideB, combined, stateA, stateB, forcesA, forcesB, mediator,
            officials, Places(), [
                new Reporter(forcesA, [(sideA, CasualtyCategory.Military, 0.6), (sideB, CasualtyCategory.Military, 0.4)], 3),
                new Reporter(healthA, [(sideA, CasualtyCategory.Civilian, 1.0)], 2),
                new Reporter(forcesB, [(sideB, CasualtyCategory.Military, 0.6), (sideA, CasualtyCategory.Military, 0.4)], 3),
                new Reporter(healthB, [(sideB, CasualtyCategory.Civilian, 1.0)], 2),
                new Reporter(monitors, [(sideA, CasualtyCategory.Civilian, 0.35), (sideB, CasualtyCategory.Civilian, 0.35), (combined, CasualtyCategory.Unknown, 0.3)], 1),
                new Reporter(agency, [(combined, CasualtyCategory.Unknown, 0.5), (sideA, CasualtyCategory.Unknown, 0.25), (sideB, CasualtyCategory.Unknown, 0.25)], 1),
            ]);

        var days = end.DayNumber - start.DayNumber + 1;
        var reports = Share(options.Reports, index, options.Conflicts);
        var events = Share(options.Events, index, options.Conflicts);
        var statements = Share(options.Statements, index, options.Conflicts);
        for (var d = 0; d < days; d++)
        {
            var day = start.AddDays(d);
            GenerateReports(world, day, Share(reports, d, days));
            GenerateDigest(world, day, Share(events, d, days), Share(statements, d, days));
        }
    }

    /// <summary>The part of <paramref name="total"/> that falls to slot <paramref name="index"/> of <paramref name="slots"/>: the parts add up exactly.</summary>
    private static int Share(int total, int index, int slots) =>
        (int)((long)total * (index + 1) / slots - (long)total * index / slots);

    private void GenerateReports(World world, DateOnly day, int count)
    {
        if (count == 0) return;
        var bulletins = new Dictionary<Party, Bulletin>();
        var reports = new List<CasualtyReport>(count);
        while (reports.Count < count)
        {
            var reporter = world.Reporters[Weighted(world.Reporters, r => r.Weight)];
            var (side, category, _) = reporter.Covers[Weighted(reporter.Covers, c => c.Share)];
            var kind = PickKind(category);
            var key = (reporter.Party.Id, side.Id, category, kind);
            if (!world.Series.TryGetValue(key, out var series))
                world.Series[key] = series = new Series();

            var increment = IncrementSize(kind);
            var previous = series.LastUpdate;
            series.Total += increment;
            series.LastUpdate = day;

            if (!bulletins.TryGetValue(reporter.Party, out var bulletin))
                bulletins[reporter.Party] = bulletin = new Bulletin(++_sourceId, reporter.Party, day);

            var cumulative = NewReport(world, side, reporter.Party, category, kind, FigureBasis.Cumulative, world.Start, day);
            SetCumulativeFigure(cumulative, series.Total);
            cumulative.Quote = $"{reporter.Party.Name} said {Words(cumulative)} {CategoryWord(category)} {KindWord(kind)} " +
                               $"{SideWords(side)} since {world.Start.ToString("d MMMM yyyy", En)}.";
            bulletin.Add(cumulative);
            reports.Add(cumulative);

            // About half the bulletins also give the change since the previous one: an increment inside the toll.
            if (reports.Count < count && _random.NextDouble() < 0.5)
            {
                var from = previous is { } p && p < day ? p.AddDays(1) : day;
                var part = NewReport(world, side, reporter.Party, category, kind, FigureBasis.Increment, from, day);
                part.BestEstimate = increment;
                part.Qualifier = _random.NextDouble() < 0.9 ? FigureQualifier.Exact : FigureQualifier.AtLeast;
                part.IncludedInReportId = cumulative.Id;
                part.IsDeleted = _random.NextDouble() < 0.002;
                part.Quote = from == day
                    ? $"On {day.ToString("d MMMM", En)}, {Words(part)} {CategoryWord(category)} were {KindWord(kind)} {SideWords(side)}."
                    : $"From {from.ToString("d MMMM", En)} to {day.ToString("d MMMM", En)}, {Words(part)} {CategoryWord(category)} were {KindWord(kind)} {SideWords(side)}.";
                bulletin.Add(part);
                reports.Add(part);
            }
        }

        foreach (var bulletin in bulletins.Values)
            WriteSource(bulletin.ToSource(day), day);
        foreach (var report in reports)
            writer.Write(report);
        _reports += reports.Count;
    }

    private CasualtyReport NewReport(World world, Side side, Party reporter, CasualtyCategory category, CasualtyKind kind,
        FigureBasis basis, DateOnly from, DateOnly to)
    {
        var report = new CasualtyReport
        {
            Id = ++_reportId, ConflictId = world.Conflict.Id, AffectedSideId = side.Id, ReportingPartyId = reporter.Id,
            Category = category, Kind = kind, Basis = basis, PeriodStart = from, PeriodEnd = to, SourceId = _sourceId, Quote = "",
        };
        Stamp(report, $"gen-cr-{report.Id:D7}", Stamp(to));
        return report;
    }

    /// <summary>Mostly exact tolls; the rest worded as sources word them: "about", "at least", "thousands", undisclosed.</summary>
    private void SetCumulativeFigure(CasualtyReport report, int total)
    {
        var roll = _random.NextDouble();
        report.Qualifier = roll switch
        {
            < 0.80 => FigureQualifier.Exact,
            < 0.88 => total >= 100 ? FigureQualifier.Approximate : FigureQualifier.Exact,
            < 0.93 => FigureQualifier.AtLeast,
            < 0.97 => total >= 2000 ? FigureQualifier.Thousands : total >= 200 ? FigureQualifier.Hundreds : FigureQualifier.Many,
            _ => FigureQualifier.Undisclosed,
        };
        switch (report.Qualifier)
        {
            case FigureQualifier.Exact or FigureQualifier.AtLeast:
                report.BestEstimate = total;
                break;
            case FigureQualifier.Approximate:
                // Rounded up, so "about" never reads below the increments it contains.
                var step = total >= 1000 ? 100 : 10;
                var best = (total + step - 1) / step * step;
                (report.BestEstimate, report.Low, report.High) = (best, best * 9 / 10, best * 11 / 10);
                break;
        }
    }

    private void GenerateDigest(World world, DateOnly day, int events, int statements)
    {
        if (events == 0 && statements == 0) return;
        var sourceId = ++_sourceId;
        var text = new StringBuilder($"Daily situation report, {world.Conflict.Name}, {day.ToString("d MMMM yyyy", En)}. ");
        var stamp = Stamp(day);

        for (var i = 0; i < events; i++)
        {
            var e = NewEvent(world, day, sourceId);
            Cite(e, $"gen-ev-{e.Id:D7}");
            writer.Write(e);
        }

        for (var i = 0; i < statements; i++)
        {
            var s = NewStatement(world, day, sourceId);
            Cite(s, $"gen-st-{s.Id:D7}");
            writer.Write(s);
        }

        WriteSource(new Source
        {
            Id = sourceId, Title = $"{world.Conflict.Name}: situation report of {day.ToString("d MMMM yyyy", En)}",
            Publisher = world.Conflict.Region, PublishedOn = day, ReferenceDate = day, Language = "en",
            FullText = text.ToString().TrimEnd(),
        }, day);
        _events += events;
        _statements += statements;

        // Each record's quote is its own sentence of the day's digest, appended where the text has got to.
        void Cite<T>(T record, string externalId) where T : Entity, ISourced
        {
            record.QuoteStart = text.Length;
            text.Append(record.Quote).Append(' ');
            Stamp(record, externalId, stamp);
        }
    }

    private TimelineEvent NewEvent(World world, DateOnly day, int sourceId)
    {
        var place = world.Places[_random.Next(world.Places.Length)];
        var roll = _random.NextDouble();
        var (kind, title, parties) = roll switch
        {
            < 0.60 => (EventKind.Fighting, Pick("Shelling near", "Clashes along the line of contact near", "Drone strike on", "Artillery fire on") + " " + place,
                new List<Party> { world.ForcesA, world.ForcesB }),
            < 0.70 => (EventKind.Statement, $"{Pick(world.StateA, world.StateB).Name} accuses the other side of violations near {place}",
                new List<Party> { world.StateA, world.StateB }),
            < 0.80 => (EventKind.Announcement, $"{Pick(world.StateA, world.StateB).Name} announces {Pick("a curfew in", "evacuations from", "reinforcements for")} {place}",
                new List<Party> { Pick(world.StateA, world.StateB) }),
            < 0.88 => (EventKind.Talks, $"{world.Mediator.Name} hosts talks between {world.StateA.Name} and {world.StateB.Name}",
                new List<Party> { world.Mediator, world.StateA, world.StateB }),
            < 0.90 => (EventKind.CeasefireAgreed, $"Local ceasefire agreed around {place}", new List<Party> { world.StateA, world.StateB, world.Mediator }),
            < 0.92 => (EventKind.CeasefireInForce, $"Ceasefire around {place} takes effect", new List<Party> { world.StateA, world.StateB }),
            _ => (EventKind.Other, $"Humanitarian convoy reaches {place}", new List<Party> { world.Mediator }),
        };

        var precision = _random.NextDouble() switch { < 0.4 => TimePrecision.Day, < 0.7 => TimePrecision.Hour, _ => TimePrecision.Minute };
        var local = day.ToDateTime(TimeOnly.MinValue);
        if (precision != TimePrecision.Day) local = local.AddHours(_random.Next(24));
        if (precision == TimePrecision.Minute) local = local.AddMinutes(_random.Next(60));
        var ended = kind == EventKind.Fighting && _random.NextDouble() < 0.2 ? local.AddHours(1 + _random.Next(12)) : (DateTime?)null;

        return new TimelineEvent
        {
            Id = ++_eventId, ConflictId = world.Conflict.Id, Kind = kind, Title = title,
            Description = $"{title}, as the situation report of {day.ToString("d MMMM yyyy", En)} describes it.",
            OccurredAtLocal = local, OccurredAtUtc = local - world.Blueprint.UtcOffset(local), EndedAtLocal = ended,
            Precision = precision, TimeZoneId = world.Blueprint.TimeZoneId, TimeZoneBasis = TimeZoneBasis.Implied,
            Parties = parties, SourceId = sourceId,
            Quote = $"{SourcedTime.Format(local, precision)}: {title}.",
        };
    }

    private Statement NewStatement(World world, DateOnly day, int sourceId)
    {
        var place = world.Places[_random.Next(world.Places.Length)];
        var named = _random.NextDouble() >= 0.1;
        var speaker = world.Officials[_random.Next(world.Officials.Length)];
        var party = named ? _partyOf[speaker.PartyId] : Pick(world.StateA, world.StateB);
        var words = Pick(
            $"We remain committed to the ceasefire and call on the other side to stop the shelling of {place}.",
            $"Our forces only answered fire that came from positions near {place}.",
            $"The talks must resume without preconditions; the people of {place} cannot wait.",
            $"We will not accept any monitoring that excludes {place}.",
            $"Humanitarian corridors around {place} must stay open.");
        var direct = _random.NextDouble() < 0.6;
        var who = named ? $"{speaker.Name}, {speaker.Role.ToLowerInvariant()} of {party.Name}," : party.Name;
        var statement = new Statement
        {
            Id = ++_statementId, ConflictId = world.Conflict.Id, SpeakerId = named ? speaker.Id : null,
            OnBehalfOfPartyId = party.Id, SaidOn = _random.NextDouble() < 0.95 ? day : null, Language = "en",
            IsDirectQuote = direct, SourceId = sourceId, Text = words, Quote = "",
            Summary = _random.NextDouble() < 0.5 ? $"{party.Name} on {place}." : null,
        };
        statement.Quote = direct ? $"{who} said: \u201c{words}\u201d" : $"{who} said that {char.ToLowerInvariant(words[0])}{words[1..]}";
        if (!direct) statement.Text = statement.Quote;
        return statement;
    }

    private readonly Dictionary<int, Party> _partyOf = [];

    private Side NewSide(Conflict conflict, string name, SideKind kind, DateTime stamp)
    {
        var side = new Side { Id = ++_sideId, ConflictId = conflict.Id, Name = name, Kind = kind };
        Stamp(side, $"gen-side-{side.Id}", stamp);
        writer.Write(side);
        return side;
    }

    private Party NewParty(Conflict conflict, string name, PartyKind kind, PartyRole role, Side? side, Party? parent, DateTime stamp)
    {
        var party = new Party
        {
            Id = ++_partyId, ConflictId = conflict.Id, Name = name, Kind = kind, Role = role, SideId = side?.Id,
            ParentPartyId = parent?.Id,
        };
        Stamp(party, $"gen-party-{party.Id}", stamp);
        writer.Write(party);
        _partyOf[party.Id] = party;
        return party;
    }

    private Official NewOfficial(Party party, string role, DateTime stamp)
    {
        var official = new Official { Id = ++_officialId, Name = PersonName(), Role = role, PartyId = party.Id };
        Stamp(official, $"gen-official-{official.Id}", stamp);
        writer.Write(official);
        return official;
    }

    private void WriteSource(Source source, DateOnly day)
    {
        Stamp(source, $"gen-src-{source.Id:D7}", Stamp(day));
        writer.Write(source);
        _sources++;
    }

    /// <summary>Records are stamped on the evening of the day they speak of, so reruns give identical rows.</summary>
    private DateTime Stamp(DateOnly day) => day.ToDateTime(new TimeOnly(18, 0)).AddSeconds(_random.Next(6 * 3600));

    private void Stamp(Entity entity, string externalId, DateTime at)
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        entity.ExternalId = externalId;
        entity.Version = new Guid(bytes);
        entity.CreatedAtUtc = at;
        entity.UpdatedAtUtc = at;
    }

    private CasualtyKind PickKind(CasualtyCategory category)
    {
        var roll = _random.NextDouble();
        return category switch
        {
            CasualtyCategory.Military => roll switch
            {
                < 0.55 => CasualtyKind.Killed, < 0.85 => CasualtyKind.Wounded, < 0.93 => CasualtyKind.Missing, _ => CasualtyKind.Captured,
            },
            CasualtyCategory.Civilian => roll switch { < 0.45 => CasualtyKind.Killed, < 0.9 => CasualtyKind.Wounded, _ => CasualtyKind.Displaced },
            _ => roll switch { < 0.6 => CasualtyKind.Killed, < 0.8 => CasualtyKind.Losses, _ => CasualtyKind.Displaced },
        };
    }

    private int IncrementSize(CasualtyKind kind)
    {
        var spike = _random.NextDouble() < 0.05 ? 10 : 1;
        return spike * kind switch
        {
            CasualtyKind.Killed => _random.Next(0, 12),
            CasualtyKind.Wounded => _random.Next(0, 30),
            CasualtyKind.Displaced => _random.Next(0, 2000),
            CasualtyKind.Losses => _random.Next(0, 40),
            _ => _random.Next(0, 5),
        };
    }

    private int Weighted<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var roll = _random.NextDouble() * items.Sum(weight);
        for (var i = 0; i < items.Count; i++)
        {
            roll -= weight(items[i]);
            if (roll < 0) return i;
        }

        return items.Count - 1;
    }

    private T Pick<T>(params T[] items) => items[_random.Next(items.Length)];

    private string Word(int syllables)
    {
        var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[_random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private string PersonName() => $"{Word(2)} {Word(3)}";

    private string[] Places() => Enumerable.Range(0, 40).Select(_ => Word(2 + _random.Next(2))).Distinct().ToArray();

    private static string Words(CasualtyReport r) => r.Qualifier switch
    {
        FigureQualifier.Hundreds => "hundreds of",
        FigureQualifier.Thousands => "thousands of",
        FigureQualifier.Many => "many",
        FigureQualifier.Undisclosed => "an undisclosed number of",
        _ => FigureText.Describe(r),
    };

    private static string CategoryWord(CasualtyCategory category) => category switch
    {
        CasualtyCategory.Civilian => "civilians",
        CasualtyCategory.Military => "soldiers",
        _ => "people",
    };

    private static string KindWord(CasualtyKind kind) => kind == CasualtyKind.Losses ? "killed or wounded" : kind.ToString().ToLowerInvariant();

    private static string SideWords(Side side) => side.Kind == SideKind.Combined ? "on all sides" : $"on the {side.Name} side";

    private sealed record Blueprint(string Name, string Region, string StateA, string StateB, string Mediator, string TimeZoneId, double FallbackOffsetHours)
    {
        private readonly TimeZoneInfo? _zone = TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone) ? zone : null;

        // Machines without tzdata fall back to the zone's usual offset; the rows then differ only in OccurredAtUtc.
        public TimeSpan UtcOffset(DateTime local) => _zone?.GetUtcOffset(local) ?? TimeSpan.FromHours(FallbackOffsetHours);
    }

    private sealed record Reporter(Party Party, (Side Side, CasualtyCategory Category, double Share)[] Covers, double Weight);

    private sealed class Series
    {
        public int Total;
        public DateOnly? LastUpdate;
    }

    private sealed record World(
        Conflict Conflict, Blueprint Blueprint, DateOnly Start, Side SideA, Side SideB, Side Combined, Party StateA, Party StateB,
        Party ForcesA, Party ForcesB, Party Mediator, Official[] Officials, string[] Places, Reporter[] Reporters)
    {
        public Dictionary<(int, int, CasualtyCategory, CasualtyKind), Series> Series { get; } = [];
    }

    /// <summary>One reporter's publication of one day; its text is the quotes of the reports it carries.</summary>
    private sealed class Bulletin(int id, Party reporter, DateOnly day)
    {
        private readonly StringBuilder _text = new($"{reporter.Name}, bulletin of {day.ToString("d MMMM yyyy", En)}. ");

        public void Add(CasualtyReport report)
        {
            report.SourceId = id;
            report.QuoteStart = _text.Length;
            _text.Append(report.Quote).Append(' ');
        }

        public Source ToSource(DateOnly published) => new()
        {
            Id = id, Title = $"{reporter.Name}: bulletin of {published.ToString("d MMMM yyyy", En)}", Publisher = reporter.Name,
            PublishedOn = published, ReferenceDate = published, Language = "en", FullText = _text.ToString().TrimEnd(),
        };
    }
}
