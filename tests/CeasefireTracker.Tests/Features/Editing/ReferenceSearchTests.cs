namespace CeasefireTracker.Tests.Features.Editing;

/// <summary>The edit dialogs' pickers read a few matches for what the analyst typed, never a whole table.</summary>
public sealed class ReferenceSearchTests : DatabaseTestBase
{
    private ReferenceSearch _search = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _search = new ReferenceSearch(Database.Factory);
        await using var db = Database.CreateContext();
        db.Sources.AddRange(Enumerable.Range(1, 60).Select(Generated));
        await db.SaveChangesAsync();
    }

    internal static Source Generated(int n) => new()
    {
        Title = $"Generated bulletin {n:000}", Language = "en", FullText = $"Bulletin {n}.", ExternalId = $"generated-source-{n:000}",
    };

    [Fact]
    public async Task ASearchOffersAtMostTheLimitAndOneMoreToSayThereAreMore()
    {
        var matches = await _search.SearchAsync(ReferenceList.Sources, "bulletin");

        Assert.Equal(ReferenceSearch.Limit + 1, matches.Count);
        Assert.Equal("Generated bulletin 001", matches[0].Name);
    }

    [Fact]
    public async Task TypingPartOfANameInAnyCaseFindsIt()
    {
        var match = Assert.Single(await _search.SearchAsync(ReferenceList.Sources, "BULLETIN 042"));

        Assert.Equal("Generated bulletin 042", match.Name);
    }

    [Fact]
    public async Task TypingAnIdFindsThatRecord()
    {
        int id;
        await using (var db = Database.CreateContext())
            id = await db.Sources.Where(s => s.ExternalId == "generated-source-007").Select(s => s.Id).SingleAsync();

        Assert.Contains(new Choice(id, "Generated bulletin 007"), await _search.SearchAsync(ReferenceList.Sources, $"#{id}"));
    }

    [Fact]
    public async Task ADeletedRecordIsNotOfferedAndItsNameIsNotFound()
    {
        int id;
        await using (var db = Database.CreateContext())
        {
            var source = await db.Sources.SingleAsync(s => s.ExternalId == "generated-source-013");
            source.IsDeleted = true;
            await db.SaveChangesAsync();
            id = source.Id;
        }

        Assert.Empty(await _search.SearchAsync(ReferenceList.Sources, "bulletin 013"));
        Assert.Null(await _search.FindAsync(ReferenceList.Sources, id));
    }

    [Fact]
    public async Task TheCurrentValuesNameIsReadByItsId()
    {
        var party = (await _search.SearchAsync(ReferenceList.Parties, "Turkey"))[0];

        Assert.Equal(party, await _search.FindAsync(ReferenceList.Parties, party.Id));
    }

    [Fact]
    public async Task ACumulativeReportIsFoundByItsIdAndByTheIdsItBegins()
    {
        List<int> cumulative;
        await using (var db = Database.CreateContext())
            cumulative = await db.CasualtyReports.Where(r => r.Basis == FigureBasis.Cumulative).Select(r => r.Id).OrderBy(id => id).ToListAsync();
        var id = cumulative[0];
        var digit = id.ToString()[..1];

        var byId = await _search.SearchAsync(ReferenceList.CumulativeReports, $"#{id}");
        var byPrefix = await _search.SearchAsync(ReferenceList.CumulativeReports, digit);

        Assert.Equal(id, byId[0].Id);
        Assert.StartsWith($"#{id} ", byId[0].Name);
        Assert.Contains(" on ", byId[0].Name);
        Assert.All(byPrefix, r => Assert.StartsWith(digit, r.Id.ToString()));
        Assert.Equal(cumulative.Where(i => i.ToString().StartsWith(digit)).Take(ReferenceSearch.Limit + 1), byPrefix.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task ACumulativeReportIsFoundByItsReportingPartysName()
    {
        var matches = await _search.SearchAsync(ReferenceList.CumulativeReports, "azerbaijan");

        Assert.NotEmpty(matches);
        Assert.All(matches, r => Assert.Contains("Azerbaijan", r.Name, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await _search.SearchAsync(ReferenceList.CumulativeReports, "no such party"));
    }
}
