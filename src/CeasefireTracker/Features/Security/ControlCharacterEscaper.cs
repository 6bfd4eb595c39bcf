using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace CeasefireTracker.Features.Security;

/// <summary>
/// Escapes control characters (CR, LF, tab, ESC...) in every text value a log event carries: a request path or a
/// typed email with an encoded line break would otherwise write a forged line into a plain-text log (the console).
/// The log file is JSON (one event a line), which cannot be forged either way.
/// </summary>
public sealed class ControlCharacterEscaper : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? escaped = null;
        foreach (var (name, value) in logEvent.Properties)
            if (value is ScalarValue { Value: string text } && text.Any(char.IsControl))
                (escaped ??= []).Add(new LogEventProperty(name, new ScalarValue(Escape(text))));
        foreach (var property in escaped ?? []) logEvent.AddOrUpdateProperty(property);
    }

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        return escaped.ToString();
    }
}
