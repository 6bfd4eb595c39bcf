using CeasefireTracker.Features.Ingestion;

namespace CeasefireTracker.Tests.Features.Ingestion;

public class ArticleFileReaderTests
{
    private static Task<ArticleFile> Read(byte[] bytes, string name) => ArticleFileReader.ReadAsync(new MemoryStream(bytes), name);

    [Fact]
    public async Task HtmlLosesItsTagsScriptsAndStylesAndKeepsItsWords()
    {
        var html = "<html><head><title>x</title><script>alert('x')</script></head><body><style>p{}</style><p>30 civils ont &eacute;t&eacute; tu&eacute;s.</p><p onclick=\"evil()\">Deuxi&egrave;me</p><script>document.cookie</script></body></html>";

        var file = await Read(Encoding.UTF8.GetBytes(html), "article.html");

        Assert.Equal("30 civils ont été tués.\nDeuxième", file.Text);
    }

    [Fact]
    public async Task PlainTextIsKeptVerbatim()
    {
        const string text = "Les pourparlers de haut niveau à Moscou…\n  “S’ils appellent”";

        var file = await Read(Encoding.UTF8.GetBytes(text), "article.txt");

        Assert.Equal(text, file.Text);
    }

    [Fact]
    public async Task APdfRenamedTxtIsRefusedWithAMessage()
    {
        var file = await Read([.. "%PDF-1.7\n"u8, 0xE2, 0xE3, 0xCF, 0xD3, 0, 1, 2], "article.txt");

        Assert.Null(file.Text);
        Assert.Contains("PDF", file.Problem);
    }

    [Fact]
    public async Task BinaryDataIsRefusedWithAMessage()
    {
        var file = await Read([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "photo.txt");

        Assert.Null(file.Text);
        Assert.NotNull(file.Problem);
    }

    [Fact]
    public async Task AFileOverFiveMegabytesIsRefusedWithAMessage()
    {
        var file = await Read(new byte[ArticleFileReader.MaxBytes + 1], "big.txt");

        Assert.Null(file.Text);
        Assert.Contains("larger than", file.Problem);
    }

    [Fact]
    public async Task AnotherKindOfFileIsRefused() =>
        Assert.Contains(".txt, .md or .html", (await Read("x"u8.ToArray(), "article.docx")).Problem);
}
