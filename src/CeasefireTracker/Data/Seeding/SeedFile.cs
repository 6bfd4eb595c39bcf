namespace CeasefireTracker.Data.Seeding;

// The JSON shape of a seed file: records refer to each other by their stable "id" strings.
// Enum values stay strings here so that a bad value is reported with the record that holds it.

public sealed record SeedFile(
    List<SourceSeed>? Sources,
    List<ConflictSeed>? Conflicts,
    List<SideSeed>? Sides,
    List<PartySeed>? Parties,
    List<OfficialSeed>? Officials,
    List<EventSeed>? Events,
    List<CeasefireSeed>? Ceasefires,
    List<CasualtyReportSeed>? CasualtyReports,
    List<StatementSeed>? Statements);

public interface ISeedRecord
{
    string? Id { get; }
}

public interface IQuotedSeed : ISeedRecord
{
    string? Source { get; }
    string? Quote { get; }
    int? QuoteStart { get; }
}

public sealed record SourceSeed(
    string? Id, string? TextFile, string? Title, string? Publisher, string? Url, DateOnly? PublishedOn,
    DateOnly? ReferenceDate, string? Language, string? Notes) : ISeedRecord;

public sealed record ConflictSeed(string? Id, string? Name, string? Region, string? Description, DateOnly? StartedOn, string? TimeZone = null) : ISeedRecord;

public sealed record SideSeed(string? Id, string? Conflict, string? Name, string? Kind) : ISeedRecord;

public sealed record PartySeed(
    string? Id, string? Conflict, string? Name, string? NameInSource, string? Kind, string? Role, string? Side,
    string? Parent) : ISeedRecord;

public sealed record OfficialSeed(string? Id, string? Name, string? Aliases, string? Role, string? Party) : ISeedRecord;

public sealed record EventSeed(
    string? Id, string? Conflict, string? Kind, string? Title, string? Description, DateTime? OccurredAt,
    DateTime? EndedAt, string? Precision, string? TimeZone, string? TimeZoneBasis, List<string>? Parties,
    string? Source, string? Quote, int? QuoteStart, string? Ceasefire = null) : IQuotedSeed;

public sealed record CeasefireSeed(
    string? Id, string? Conflict, string? Name, string? Mediator, List<string>? Parties, DateTime? AnnouncedAt,
    string? AnnouncedPrecision, DateTime? InForceFrom, string? InForcePrecision, string? TimeZone,
    string? TimeZoneBasis, List<TermSeed>? Terms, string? Source, string? Quote, int? QuoteStart) : IQuotedSeed;

/// <summary>A term cites the same source as its ceasefire unless it names one.</summary>
public sealed record TermSeed(string? Id, string? Kind, string? Description, string? Source, string? Quote, int? QuoteStart) : IQuotedSeed;

public sealed record CasualtyReportSeed(
    string? Id, string? Conflict, string? AffectedSide, string? Reporter, string? Category, string? Kind,
    int? BestEstimate, int? Low, int? High, string? Qualifier, string? Basis, DateOnly? PeriodStart,
    DateOnly? PeriodEnd, string? IncludedIn, string? Notes, string? Source, string? Quote, int? QuoteStart) : IQuotedSeed;

public sealed record StatementSeed(
    string? Id, string? Conflict, string? Speaker, string? OnBehalfOf, DateOnly? SaidOn, string? Text,
    string? Language, bool? IsDirectQuote, string? Summary, string? Source, string? Quote, int? QuoteStart) : IQuotedSeed;
