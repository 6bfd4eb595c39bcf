using System.Text.RegularExpressions;
using CeasefireTracker.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CeasefireTracker.Features.Editing;

/// <summary>
/// Checks a record before it is written, whoever writes it. Lengths, required text and references come from the EF
/// model (the same limits the schema has), so a new column is checked without new code; the rules of each record
/// type (figures, periods, time zones, quotes) are written out below. It changes nothing: what a record derives from
/// its other values (UTC instants, the quote's position) is computed before, by <see cref="NormalizeAsync"/>.
/// </summary>
public static partial class RecordValidator
{
    /// <summary>Columns the store keeps itself; an editor never sets them.</summary>
    public static readonly IReadOnlySet<string> Bookkeeping = new HashSet<string>
    {
        nameof(Entity.Id), nameof(Entity.Version), nameof(Entity.IsDeleted), nameof(Entity.CreatedAtUtc),
        nameof(Entity.UpdatedAtUtc), nameof(Entity.ExternalId),
    };

    public static Task<Dictionary<string, List<string>>> ValidateAsync(TrackerDbContext db, Entity record, CancellationToken ct = default) =>
        ValidateAsync(db, record, new ReferenceLookup(db), ct);

    /// <summary>
    /// What every writer calls before a record is saved: derives the values it computes from its others
    /// (<see cref="NormalizeAsync"/>), then checks it (<see cref="ValidateAsync(TrackerDbContext, Entity, ReferenceLookup, CancellationToken)"/>).
    /// </summary>
    public static async Task<Dictionary<string, List<string>>> PrepareAsync(TrackerDbContext db, Entity record, ReferenceLookup? lookup = null,
        CancellationToken ct = default)
    {
        // The normalizer and the check both read the source's text: one read serves both.
        lookup ??= new RememberingReferenceLookup(db);
        await NormalizeAsync(record, lookup, ct);
        return await ValidateAsync(db, record, lookup, ct);
    }

    /// <summary>
    /// Derives the values <paramref name="record"/> computes from its others (<see cref="RecordNormalizer"/>), reading
    /// its source's text through <paramref name="lookup"/>.
    /// </summary>
    public static async Task NormalizeAsync(Entity record, ReferenceLookup lookup, CancellationToken ct = default) =>
        RecordNormalizer.Normalize(record, await SourceTextAsync(record, lookup, ct));

    private static async Task<string?> SourceTextAsync(Entity record, ReferenceLookup lookup, CancellationToken ct) => record switch
    {
        ISourced { SourceId: 0 } sourced => sourced.Source?.FullText,
        ISourced sourced => await lookup.SourceTextAsync(sourced.SourceId, ct),
        _ => null,
    };

    /// <summary>
    /// Checks <paramref name="record"/>, asking <paramref name="lookup"/> about the records it refers to. A reference
    /// may be a navigation to a record new in the same save (a new party and the reports it makes): its id is not
    /// known yet, the lookup says it is part of the save.
    /// </summary>
    public static async Task<Dictionary<string, List<string>>> ValidateAsync(TrackerDbContext db, Entity record, ReferenceLookup lookup,
        CancellationToken ct = default)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string property, string message)
        {
            if (!errors.TryGetValue(property, out var list)) errors[property] = list = [];
            if (!list.Contains(message)) list.Add(message);
        }

        var entityType = db.Model.FindEntityType(record.GetType())
            ?? throw new InvalidOperationException($"{record.GetType().Name} is not a stored record type.");

        foreach (var property in entityType.GetProperties())
        {
            if (property.IsShadowProperty() || Bookkeeping.Contains(property.Name) || property.ClrType != typeof(string)) continue;
            var value = (string?)property.GetGetter().GetClrValue(record);
            if (property.Name == nameof(ISourced.Quote) && RestsOnDataSetRow(record) && string.IsNullOrEmpty(value)) continue;
            if (!property.IsNullable && string.IsNullOrWhiteSpace(value))
                Add(property.Name, $"{Label(property.Name)} is required.");
            else if (property.GetMaxLength() is { } max && value?.Length > max)
                Add(property.Name, $"{Label(property.Name)} is too long: {value.Length:N0} characters, at most {max:N0}.");
        }

        foreach (var foreignKey in entityType.GetForeignKeys())
        {
            var property = foreignKey.Properties[0];
            var id = (int?)property.GetGetter().GetClrValue(record);
            var principal = foreignKey.PrincipalEntityType.ClrType;
            // EF gives a record new in the same save a temporary negative key; its navigation says which record it is.
            if (id is null or <= 0)
            {
                var target = foreignKey.DependentToPrincipal?.GetGetter().GetClrValue(record) as Entity;
                if (target is { Id: > 0 }) id = target.Id;
                else if (target is not null && lookup.IsNew(target))
                {
                    if (ReferenceEquals(target, record)) Add(property.Name, $"{Label(property.Name)} cannot be the record itself.");
                    continue;
                }
                else if (target is not null)
                {
                    Add(property.Name, $"{Label(property.Name)} refers to a new {Label(principal.Name).ToLowerInvariant()} that is not part of this save.");
                    continue;
                }
                else
                {
                    if (foreignKey.IsRequired) Add(property.Name, $"{Label(property.Name)} is required.");
                    continue;
                }
            }

            if (principal == record.GetType() && id == record.Id)
                Add(property.Name, $"{Label(property.Name)} cannot be the record itself.");
            else if (!await lookup.ExistsAsync(principal, id.Value, ct))
                Add(property.Name, $"{Label(property.Name)} refers to {Label(principal.Name).ToLowerInvariant()} #{id}, which does not exist or has been deleted.");
        }

        foreach (var (property, message) in UnsetValues.Of(record)) Add(property, message);
        foreach (var (property, message) in RulesOf(record)) Add(property, message);
        if (record is ISourced sourced && !errors.ContainsKey(nameof(ISourced.SourceId)) && !errors.ContainsKey(nameof(ISourced.Quote))
            && !(RestsOnDataSetRow(record) && sourced.Quote.Length == 0))
            await CheckQuoteAsync(sourced, lookup, Add, ct);
        return errors;
    }

    /// <summary>"ReportingPartyId" reads "Reporting party".</summary>
    public static string Label(string propertyName)
    {
        var name = propertyName.EndsWith("Id", StringComparison.Ordinal) && propertyName.Length > 2 ? propertyName[..^2] : propertyName;
        var words = WordStart().Replace(name, " $1").Trim().ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>
    /// Provenance rule: a sourced record rests on a quote found word for word in its source, or on a data set row
    /// (its source then being the data set's version, its quote empty). With a data set row the quote is optional.
    /// </summary>
    public static bool RestsOnDataSetRow(Entity record) =>
        record is IDataSetSourced { DataSetRowId: not null } or IDataSetSourced { DataSetRow: not null };

    private static IEnumerable<(string Property, string Message)> PlaceRules(IPlaced place)
    {
        if (place.Latitude is < -90 or > 90)
            yield return (nameof(IPlaced.Latitude), $"Latitude {place.Latitude} is outside -90 to 90.");
        if (place.Longitude is < -180 or > 180)
            yield return (nameof(IPlaced.Longitude), $"Longitude {place.Longitude} is outside -180 to 180.");
        if (place.Latitude is null != place.Longitude is null)
            yield return (place.Latitude is null ? nameof(IPlaced.Latitude) : nameof(IPlaced.Longitude),
                "Give both latitude and longitude, or neither.");
    }

    private static IEnumerable<(string Property, string Message)> RulesOf(Entity record)
    {
        if (record is IPlaced placed)
            foreach (var rule in PlaceRules(placed)) yield return rule;
        switch (record)
        {
            case CasualtyReport report:
                foreach (var rule in CasualtyFigureRules.Check(report)) yield return rule;
                foreach (var rule in QuoteFigures.Check(report)) yield return rule;
                break;
            case TimelineEvent e:
                if (e.EndedAtLocal < e.OccurredAtLocal)
                    yield return (nameof(TimelineEvent.EndedAtLocal), "The event cannot end before it starts.");
                if (RecordNormalizer.Zone(e.TimeZoneId) is null) yield return (nameof(TimelineEvent.TimeZoneId), UnknownZone(e.TimeZoneId));
                break;
            case Ceasefire c:
                if (c.InForceFromLocal < c.AnnouncedAtLocal)
                    yield return (nameof(Ceasefire.InForceFromLocal), "A ceasefire cannot be in force before it is announced.");
                if (RecordNormalizer.Zone(c.TimeZoneId) is null) yield return (nameof(Ceasefire.TimeZoneId), UnknownZone(c.TimeZoneId));
                break;
            case Source s:
                if (s.Url is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                    yield return (nameof(Source.Url), "The address must be a full http:// or https:// link.");
                if (s.PublishedOn is { } published && published > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
                    yield return (nameof(Source.PublishedOn), "The publication date cannot be in the future.");
                break;
        }
    }

    private static string UnknownZone(string? id) =>
        $"“{id}” is not a known time zone; use an IANA name such as Europe/Moscow.";

    /// <summary>The quote must stand word for word in the source, where the normalizer placed it.</summary>
    private static async Task CheckQuoteAsync(ISourced record, ReferenceLookup lookup, Action<string, string> add, CancellationToken ct)
    {
        if (await SourceTextAsync((Entity)record, lookup, ct) is { } text && !RecordNormalizer.QuoteStandsAt(text, record.Quote, record.QuoteStart))
            add(nameof(ISourced.Quote), "The quote does not appear word for word in the chosen source.");
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordStart();
}
