using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Features.Ingestion;

/// <summary>The text of an uploaded article, or why there is none.</summary>
public sealed record ArticleFile(string? Text, string? Problem);

/// <summary>
/// Reads an uploaded .txt, .md or .html article as text. Plain text and Markdown are kept verbatim; HTML loses its
/// tags, scripts, styles and comments (never run, never shown) and keeps its words. Anything that is not text (a PDF
/// renamed .txt, an image) is refused with a message.
/// </summary>
public static partial class ArticleFileReader
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static readonly string[] Extensions = [".txt", ".md", ".html", ".htm"];

    public static async Task<ArticleFile> ReadAsync(Stream stream, string fileName, CancellationToken ct = default)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            return new ArticleFile(null, $"\"{fileName}\" is not a .txt, .md or .html file.");

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                return new ArticleFile(null, $"\"{fileName}\" is larger than {MaxBytes / (1024 * 1024)} MB; upload the article alone.");
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.ToArray();
        if (bytes.Length == 0) return new ArticleFile(null, $"\"{fileName}\" is empty.");
        if (bytes.AsSpan().StartsWith("%PDF"u8))
            return new ArticleFile(null, $"\"{fileName}\" is a PDF, not text: copy the article's text from it and paste it.");

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new ArticleFile(null, $"\"{fileName}\" is not UTF-8 text (it may be a binary file renamed): save it as UTF-8 text or paste the article.");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Contains('\0')) return new ArticleFile(null, $"\"{fileName}\" holds binary data, not text.");
        if (extension is ".html" or ".htm") text = HtmlToText(text);
        return string.IsNullOrWhiteSpace(text) ? new ArticleFile(null, $"\"{fileName}\" holds no text.") : new ArticleFile(text, null);
    }

    /// <summary>The words of an HTML page: paragraphs on lines of their own, entities decoded, nothing executable kept.</summary>
    public static string HtmlToText(string html)
    {
        var text = Invisible().Replace(html, " ");
        text = BlockEnd().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    [GeneratedRegex(@"<(script|style|noscript|template|iframe|svg|head)\b[^>]*>.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline, 2000)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<(?:br\s*/?|/p|/div|/h[1-6]|/li|/tr|/blockquote|/article|/section|/header|/footer)\s*>", RegexOptions.IgnoreCase, 2000)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline, 2000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\u00A0]+", RegexOptions.None, 2000)]
    private static partial Regex Spaces();
}
