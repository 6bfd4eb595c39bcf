namespace CeasefireTracker.Tests.Features.Import;

/// <summary>The import's tests: an <see cref="ImportFixture"/> of each test's own (store, services, file folder).</summary>
public abstract class ImportTestBase : IAsyncLifetime
{
    protected ImportFixture Fixture { get; private set; } = null!;

    public async Task InitializeAsync() => Fixture = await ImportFixture.CreateAsync();

    public async Task DisposeAsync() => await Fixture.DisposeAsync();

    /// <summary>Gives the stored state party <paramref name="party"/> the aliases a file's actor names may match.</summary>
    protected async Task AliasAsync(string party, string aliases)
    {
        await using var db = Fixture.Database.CreateContext();
        var stored = await db.Parties.FirstAsync(p => p.Name == party && p.Kind == PartyKind.State);
        stored.Aliases = aliases;
        await db.SaveChangesAsync();
    }
}
