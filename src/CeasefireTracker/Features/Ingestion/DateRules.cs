using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Features.Ingestion;

/// <summary>
/// A date or time the article writes, resolved against the article's date: "le 27 septembre dernier" is the last
/// 27 September on or before it, "samedi" the Saturday of that week in the tense of the sentence.
/// </summary>
public sealed record DateMention(TextRange Range, DateTime Local, TimePrecision Precision, string AsWritten,
    string? TimeZoneId, bool ZoneStated, bool HasDay, string? PartOfDay);

/// <summary>Finds dates and times in one language; a language without a file gets numeric dates only.</summary>
public sealed class DateRules
{
    private static readonly ConcurrentDictionary<LanguageVocabulary, DateRules> Cache = new();

    private static readonly Regex IsoDate = new(@"(?<![\p{N}])(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2}))?(?![\p{N}])", RegexOptions.CultureInvariant);
    private static readonly Regex NumericDate = new(@"(?<![\p{N}/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\p{N}])", RegexOptions.CultureInvariant);

    private readonly LanguageVocabulary _v;
    private readonly Regex? _dayMonth;
    private readonly Regex? _monthDay;
    private readonly Regex? _monthYear;

    public static DateRules For(LanguageVocabulary vocabulary) => Cache.GetOrAdd(vocabulary, v => new DateRules(v));

    private DateRules(LanguageVocabulary v)
    {
        _v = v;
        if (v.Months.Count == 0) return;
        var months = Alternation(v.Months.Keys);
        var weekdays = v.Weekdays.Count > 0 ? Alternation(v.Weekdays.Keys) : "(?!x)x";
        _dayMonth = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:(?<wd>{weekdays}),?\s+)?(?:(?:le|the)\s+)?(?<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:(?:de|of)\s+)?(?<m>{months})(?:,?\s+(?<y>\d{{4}}))?(?![\p{{L}}])",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        _monthDay = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:(?<wd>{weekdays}),?\s+)?(?<m>{months})\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{{4}}))?(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        _monthYear = new Regex($@"(?<![\p{{L}}\p{{N}}])(?<m>{months})\s+(?<y>\d{{4}})(?![\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.Select(ArticleText.Normalize).OrderByDescending(w => w.Length).Select(Regex.Escape));

    /// <summary>Every date and time mention of one sentence, left to right.</summary>
    public List<DateMention> Find(ArticleText article, TextRange sentence, DateOnly articleDate)
    {
        var n = article.Normalized;
        var m = _v.Matchers;
        var found = new List<DateMention>();
        var future = m.FutureTense.Any(n, sentence.Start, sentence.End);

        void Add(int start, int end, DateTime local, TimePrecision precision, bool hasDay)
        {
            var range = new TextRange(start, end);
            if (found.Any(f => f.Range.Overlaps(range))) return;
            found.Add(new DateMention(range, local, precision, article.Slice(range), null, false, hasDay, null));
        }

        foreach (Match match in Matches(IsoDate, n, sentence))
            if (TryDate(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, out var date))
            {
                var hasTime = match.Groups[4].Success;
                var local = date.ToDateTime(hasTime ? new TimeOnly(Math.Min(23, int.Parse(match.Groups[4].Value)), Math.Min(59, int.Parse(match.Groups[5].Value))) : TimeOnly.MinValue);
                Add(match.Index, match.Index + match.Length, local, hasTime ? TimePrecision.Minute : TimePrecision.Day, true);
            }
        foreach (Match match in Matches(NumericDate, n, sentence))
            // Day first, as in most of the world; the analyst checks it (the proposal says so).
            if (TryDate(match.Groups[3].Value, match.Groups[2].Value, match.Groups[1].Value, out var date))
                Add(match.Index, match.Index + match.Length, date.ToDateTime(TimeOnly.MinValue), TimePrecision.Day, true);

        if (_dayMonth is not null)
        {
            foreach (var regex in new[] { _dayMonth, _monthDay! })
                foreach (Match match in Matches(regex, n, sentence))
                {
                    var month = _v.Months[match.Groups["m"].Value];
                    var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
                    if (day is < 1 or > 31) continue;
                    var after = m.PastMarkers.First(n, match.Index + match.Length, Math.Min(sentence.End, match.Index + match.Length + 12));
                    var next = m.FutureMarkers.First(n, match.Index + match.Length, Math.Min(sentence.End, match.Index + match.Length + 12));
                    int year;
                    var end = match.Index + match.Length;
                    if (match.Groups["y"].Success) year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                    else
                    {
                        year = articleDate.Year;
                        if (!IsValid(year, month, day)) continue;
                        var candidate = new DateOnly(year, month, day);
                        if (after is not null || (!future && next is null && candidate.DayNumber - articleDate.DayNumber > 31))
                        {
                            if (candidate > articleDate) year--;
                        }
                        else if ((next is not null || future) && candidate < articleDate && articleDate.DayNumber - candidate.DayNumber > 31) year++;
                        if (after is not null) end = after.Value.End;
                        if (next is not null) end = next.Value.End;
                    }
                    if (!IsValid(year, month, day)) continue;
                    Add(match.Index, end, new DateTime(year, month, day), TimePrecision.Day, true);
                }
            foreach (Match match in Matches(_monthYear!, n, sentence))
            {
                var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (year is < 1900 or > 2200) continue;
                Add(match.Index, match.Index + match.Length, new DateTime(year, _v.Months[match.Groups["m"].Value], 1), TimePrecision.Month, false);
            }
        }

        foreach (var hit in m.Weekdays.Find(n, sentence.Start, sentence.End))
        {
            if (found.Any(f => f.Range.Contains(hit.Start))) continue;
            var next = m.FutureMarkers.First(n, hit.End, Math.Min(sentence.End, hit.End + 12));
            var past = m.PastMarkers.First(n, hit.End, Math.Min(sentence.End, hit.End + 12));
            var date = next is not null || (future && past is null) ? NextOn(articleDate, hit.Value) : LastOn(articleDate, hit.Value);
            var end = next?.End ?? past?.End ?? hit.End;
            Add(hit.Start, end, date.ToDateTime(TimeOnly.MinValue), TimePrecision.Day, true);
        }
        foreach (var hit in m.RelativeDays.Find(n, sentence.Start, sentence.End))
            Add(hit.Start, hit.End, articleDate.AddDays(hit.Value).ToDateTime(TimeOnly.MinValue), TimePrecision.Day, true);
        foreach (var hit in m.RelativeMonths.Find(n, sentence.Start, sentence.End))
        {
            var month = articleDate.AddMonths(hit.Value);
            Add(hit.Start, hit.End, new DateTime(month.Year, month.Month, 1), TimePrecision.Month, false);
        }

        AttachTimes(article, sentence, found, articleDate);
        return found.OrderBy(f => f.Range.Start).ToList();
    }

    private void AttachTimes(ArticleText article, TextRange sentence, List<DateMention> found, DateOnly articleDate)
    {
        var n = article.Normalized;
        var m = _v.Matchers;
        var times = new List<(TextRange Range, int Hour, int Minute, TimePrecision Precision)>();
        foreach (var hit in m.TimesOfDay.Find(n, sentence.Start, sentence.End))
            times.Add((new TextRange(hit.Start, hit.End), hit.Value.Hour, hit.Value.Minute, TimePrecision.Minute));
        foreach (Match match in Matches(m.Clock, n, sentence))
        {
            if (!match.Groups[1].Success) continue;
            var range = new TextRange(match.Index, match.Index + match.Length);
            if (times.Any(t => t.Range.Overlaps(range)) || found.Any(f => f.Range.Overlaps(range) && f.HasDay)) continue;
            var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var hasMinute = match.Groups.Count > 2 && match.Groups[2].Success;
            var minute = hasMinute ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            if (hour > 23 || minute > 59) continue;
            // "10 heures" is a duration, not a time; a clock time has a colon or an "h" and a marker word.
            var text = n[range.Start..range.End].Trim();
            if (!text.Contains(':') && !text.Contains('h')) continue;
            times.Add((Trimmed(n, range), hour, minute, hasMinute ? TimePrecision.Minute : TimePrecision.Hour));
        }

        foreach (var time in times)
        {
            var zone = m.TimeZones.First(n, time.Range.End, Math.Min(sentence.End, time.Range.End + 25));
            var date = found.Where(f => f.HasDay && f.Precision == TimePrecision.Day)
                .OrderBy(f => Math.Min(Math.Abs(f.Range.End - time.Range.Start), Math.Abs(time.Range.End - f.Range.Start)))
                .FirstOrDefault(f => Math.Abs(f.Range.End - time.Range.Start) < 40 || Math.Abs(time.Range.End - f.Range.Start) < 40);
            var zoneId = zone is { Value: not "local" } z ? z.Value : null;
            var end = zone?.End ?? time.Range.End;
            if (date is not null)
            {
                found.Remove(date);
                var range = new TextRange(Math.Min(date.Range.Start, time.Range.Start), Math.Max(date.Range.End, end));
                found.Add(date with
                {
                    Range = range, AsWritten = article.Slice(range), Local = date.Local.Date.AddHours(time.Hour).AddMinutes(time.Minute),
                    Precision = time.Precision, TimeZoneId = zoneId, ZoneStated = zoneId is not null,
                });
            }
            else
            {
                var range = new TextRange(time.Range.Start, end);
                if (found.Any(f => f.Range.Overlaps(range))) continue;
                found.Add(new DateMention(range, articleDate.ToDateTime(new TimeOnly(time.Hour, time.Minute)), time.Precision,
                    article.Slice(range), zoneId, zoneId is not null, false, null));
            }
        }

        // "samedi soir": the part of the day is kept in words; the precision stays the day's, nothing is made up.
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var part = m.PartsOfDay.First(n, f.Range.End, Math.Min(sentence.End, f.Range.End + 14));
            if (part is not null && f.Precision == TimePrecision.Day && string.IsNullOrWhiteSpace(n[f.Range.End..part.Value.Start]))
                found[i] = f with { Range = new TextRange(f.Range.Start, part.Value.End), AsWritten = article.Slice(f.Range.Start, part.Value.End), PartOfDay = part.Value.Value };
        }
    }

    /// <summary>Matches inside the sentence only, without copying the text (an article may be megabytes long).</summary>
    private static IEnumerable<Match> Matches(Regex regex, string text, TextRange within)
    {
        for (var match = regex.Match(text, within.Start, within.Length); match.Success; match = match.NextMatch())
            yield return match;
    }

    private static TextRange Trimmed(string n, TextRange range)
    {
        var (s, e) = (range.Start, range.End);
        while (s < e && char.IsWhiteSpace(n[s])) s++;
        return new TextRange(s, e);
    }

    private static bool TryDate(string y, string mo, string d, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(y, out var year) || !int.TryParse(mo, out var month) || !int.TryParse(d, out var day)) return false;
        if (!IsValid(year, month, day) || year < 1900 || year > 2200) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    private static DateOnly LastOn(DateOnly from, DayOfWeek day) => from.AddDays(-(((int)from.DayOfWeek - (int)day + 7) % 7));

    private static DateOnly NextOn(DateOnly from, DayOfWeek day)
    {
        var ahead = ((int)day - (int)from.DayOfWeek + 7) % 7;
        return from.AddDays(ahead == 0 ? 7 : ahead);
    }
}
