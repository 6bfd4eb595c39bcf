namespace CeasefireTracker.Tests.Features.Ceasefires;

/// <summary>An analyst corrects who a ceasefire binds, as for an event's parties: checked, audited, undoable.</summary>
public sealed class CeasefirePartiesTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private IDbContextFactory<TrackerDbContext> Store => factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>();

    private RecordEditor Editor => TestUsers.Editor(Store);

    private async Task<(Ceasefire Ceasefire, int Turkey)> SeedCeasefireAsync()
    {
        await factory.GetPageAsync("/ceasefires");
        await using var db = factory.CreateStoreContext();
        var turkey = await db.Parties.Where(p => p.ExternalId == "party-turkey").Select(p => p.Id).SingleAsync();
        var id = await db.Ceasefires.Select(c => c.Id).SingleAsync();
        return ((Ceasefire)(await RecordKind.Of(typeof(Ceasefire)).FindAsync(Store, id))!, turkey);
    }

    [Fact]
    public async Task TheDialogsCeasefireCarriesItsPartiesAndAChangeIsAuditedAndUndone()
    {
        var (ceasefire, turkey) = await SeedCeasefireAsync();
        var before = ceasefire.PartyIds!;
        Assert.Equal(2, before.Count);
        ceasefire.PartyIds = [.. before, turkey];

        var updated = await Editor.UpdateAsync(ceasefire, "Turkey signed too (test)");

        Assert.Equal(EditOutcome.Saved, updated.Outcome);
        Assert.Contains("Turkey", await factory.GetPageAsync("/ceasefires"));
        await using var db = factory.CreateStoreContext();
        var change = await db.AuditEntries.OrderBy(a => a.Id).LastAsync(a => a.EntityType == "Ceasefire" && a.EntityId == ceasefire.Id);
        Assert.Contains($"\"Parties\":[{string.Join(",", before.Order())}]", change.BeforeJson);

        var reverted = await Editor.RevertAsync(change.Id, updated.Record!.Version, toBefore: true);

        Assert.Equal(EditOutcome.Saved, reverted.Outcome);
        var parties = await Store.CreateDbContext().Ceasefires.Where(c => c.Id == ceasefire.Id).SelectMany(c => c.Parties).Select(p => p.Id).ToListAsync();
        Assert.Equal(before.Order(), parties.Order());
    }

    [Fact]
    public async Task ADeletedPartyIsRefusedByName()
    {
        var (ceasefire, _) = await SeedCeasefireAsync();
        ceasefire.PartyIds = [.. ceasefire.PartyIds!, 999_999];

        var result = await Editor.UpdateAsync(ceasefire, "a party that does not exist");

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("Parties: party #999999 does not exist or has been deleted.", result.Errors![nameof(IHasParties.PartyIds)]);
    }
}
