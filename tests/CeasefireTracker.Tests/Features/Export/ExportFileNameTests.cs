using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Tests.Features.Export;

public sealed class ExportFileNameTests
{
    [Fact]
    public void TheFileNameSaysWhatAndWhen() =>
        Assert.Equal("casualties-side-armenia-2026-11-28.csv",
            ExportEndpoints.FileName("casualties", [("side", "Armenia")], new DateOnly(2026, 11, 28), "csv"));

    [Theory]
    [InlineData("Haut-Karabakh (Artsakh)", "haut-karabakh-artsakh")]
    [InlineData("Ministère arménien", "ministere-armenien")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("\"; rm", "rm")]
    [InlineData("Азербайджан", "x")]
    public void FilterValuesBecomeSafeSlugs(string value, string slug) => Assert.Equal(slug, ExportEndpoints.Slug(value));
}
