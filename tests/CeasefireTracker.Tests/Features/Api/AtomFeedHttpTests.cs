using System.ServiceModel.Syndication;
using System.Xml;

namespace CeasefireTracker.Tests.Features.Api;

/// <summary>The Atom feed of changes: built from the audit log, filtered like the pages, text kept as text (bad filters: BadFilterHttpTests).</summary>
public sealed class AtomFeedHttpTests(ApiAppFactory factory) : IClassFixture<ApiAppFactory>
{
    private const string ScriptName = "<script>window.__xss=1</script>Militia";

    /// <summary>One update of every casualty report and a party with a script-looking name, as the audit log records them.</summary>
    private async Task ArrangeChangesAsync()
    {
        _ = factory.Services;
        await using var db = factory.CreateStoreContext();
        if (await db.AuditEntries.AnyAsync(a => a.Reason == "feed test")) return;
        var conflict = await db.Conflicts.Select(c => c.Id).FirstAsync();
        var party = new Party { Name = ScriptName, ConflictId = conflict, CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow };
        db.Parties.Add(party);
        await db.SaveChangesAsync();
        var entries = await db.CasualtyReports.Select(r => r.Id).ToListAsync();
        db.AuditEntries.AddRange(entries.Select(id => Entry(nameof(CasualtyReport), id, AuditAction.Update)));
        db.AuditEntries.Add(Entry(nameof(Party), party.Id, AuditAction.Create));
        await db.SaveChangesAsync();
    }

    private static AuditEntry Entry(string type, int id, AuditAction action) => new()
    {
        AtUtc = DateTime.UtcNow, UserName = "feed-analyst@example.org", EntityType = type, EntityId = id, Action = action, Reason = "feed test",
        BeforeJson = "{}", AfterJson = "{}",
    };

    private async Task<(SyndicationFeed Feed, string Xml)> GetFeedAsync(string query)
    {
        await ArrangeChangesAsync();
        var response = await factory.CreateClient().GetAsync("/feeds/changes.atom" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        using var reader = XmlReader.Create(new StringReader(xml));
        return (SyndicationFeed.Load(reader), xml);
    }

    private static IEnumerable<int> IdsLinked(SyndicationFeed feed, string path) => feed.Items
        .Select(i => Regex.Match(i.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsolutePath, $"^/{path}/(\\d+)$"))
        .Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value));

    [Fact]
    public async Task TheFeedParsesAndEachEntryNamesItsRecordAndActionAndLinksToItsPage()
    {
        var (feed, _) = await GetFeedAsync("");

        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, i => Assert.Single(i.Links, l => l.RelationshipType == "alternate"));
        Assert.Equal(9, IdsLinked(feed, "casualties").Distinct().Count());
        Assert.Contains(feed.Items, i => Regex.IsMatch(i.Title.Text, @"^Casualty report #\d+: .+ updated$"));
        Assert.Contains(feed.Items, i => i.Title.Text.EndsWith(" created", StringComparison.Ordinal) && i.Title.Text.StartsWith("Party #", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFeedKeepsOnlyTheRecordsItsFilterSelects()
    {
        var armenia = await factory.SideIdAsync("side-armenia");
        await using var db = factory.CreateStoreContext();
        var armenias = await db.CasualtyReports.Where(r => r.AffectedSideId == armenia).Select(r => r.Id).OrderBy(i => i).ToListAsync();
        var killed = await db.CasualtyReports.Where(r => r.AffectedSideId == armenia && r.Kind == CasualtyKind.Killed).Select(r => r.Id).OrderBy(i => i).ToListAsync();

        var (bySide, _) = await GetFeedAsync($"?side={armenia}");
        var (byType, _) = await GetFeedAsync($"?type=casualty-reports&side={armenia}&kind=Killed");

        // Each report is in the feed twice: created by the seed, updated here.
        Assert.Equal(armenias, IdsLinked(bySide, "casualties").Distinct().Order().ToList());
        Assert.DoesNotContain(bySide.Items, i => i.Title.Text.Contains("Militia"));
        Assert.NotEmpty(killed);
        Assert.Equal(killed, IdsLinked(byType, "casualties").Distinct().Order().ToList());
        Assert.Equal(2 * killed.Count, byType.Items.Count());
    }

    [Fact]
    public async Task AScriptLookingNameIsTextInTheFeed()
    {
        var (feed, xml) = await GetFeedAsync("?type=parties");

        Assert.DoesNotContain("<script", xml);
        Assert.Contains("&lt;script&gt;", xml);
        Assert.Contains(feed.Items, i => i.Title.Text.Contains(ScriptName));
    }

    [Fact]
    public async Task AListPageLinksTheFeedOfItsFilterInItsBodyAndHead()
    {
        var armenia = await factory.SideIdAsync("side-armenia");

        var html = await factory.GetPageAsync($"/casualties?side={armenia}&sort=figure");

        Assert.Contains($"href=\"feeds/changes.atom?type=casualty-reports&side={armenia}\"", html);
        Assert.Matches($"<link rel=\"alternate\" type=\"application/atom\\+xml\"[^>]*href=\"feeds/changes.atom\\?type=casualty-reports&side={armenia}\"", html);
    }
}
