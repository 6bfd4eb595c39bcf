namespace CeasefireTracker.Tests.Domain;

public sealed class DisplayNamesTests
{
    [Fact]
    public void CodedValuesReadAsWords()
    {
        Assert.Equal("Ceasefire in force", EventKind.CeasefireInForce.Display());
        Assert.Equal("Armed forces", PartyKind.ArmedForces.Display());
        Assert.Equal("At least", FigureQualifier.AtLeast.Display());
        Assert.Equal("Exchange of bodies", CeasefireTermKind.ExchangeOfBodies.Display());
        Assert.Equal("Category not stated", CasualtyCategory.Unknown.Display());
    }

    [Fact]
    public void ANumberNoMemberNamesReadsAsUnknownNotAsTheNumberAlone()
    {
        Assert.Equal("unknown (99)", ((CasualtyKind)99).Display());
        Assert.Equal("unknown (-1)", ((FigureQualifier)(-1)).Display());
    }

    [Fact]
    public void NoValueOfAnyEnumIsShownAsItsCode()
    {
        var enums = typeof(EventKind).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == typeof(EventKind).Namespace);
        foreach (var value in enums.SelectMany(t => Enum.GetValues(t).Cast<Enum>()))
        {
            var shown = value.Display();
            Assert.DoesNotMatch("[a-z][A-Z]", shown);
            Assert.False(string.IsNullOrWhiteSpace(shown));
        }
    }

    [Theory]
    [InlineData("about 400", CasualtyKind.Killed, CasualtyCategory.Unknown, "about 400 killed, category not stated")]
    [InlineData("19", CasualtyKind.Killed, CasualtyCategory.Civilian, "19 civilians killed")]
    [InlineData("350", CasualtyKind.Killed, CasualtyCategory.Military, "350 military killed")]
    [InlineData("thousands", CasualtyKind.Losses, CasualtyCategory.Military, "thousands military losses")]
    public void CasualtyFiguresReadAsASentence(string figure, CasualtyKind kind, CasualtyCategory category, string expected) =>
        Assert.Equal(expected, CasualtyWording.Describe(figure, kind, category));

    [Fact]
    public void ATimeZoneIsNamedWithItsOffsetAtThatTime()
    {
        Assert.Equal("Moscow time (UTC+3)", SourcedTime.Zone("Europe/Moscow", new DateTime(2020, 10, 9)));
        Assert.Equal("Paris time (UTC+1)", SourcedTime.Zone("Europe/Paris", new DateTime(2020, 12, 1)));
        Assert.Equal("Paris time (UTC+2)", SourcedTime.Zone("Europe/Paris", new DateTime(2020, 7, 1)));
        Assert.Equal("Baku time (UTC+4)", SourcedTime.Zone("Asia/Baku", new DateTime(2020, 10, 9)));
    }
}
