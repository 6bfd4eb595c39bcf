namespace CeasefireTracker.TestSupport;

/// <summary>
/// A test class whose every test has a store of its own (<see cref="TestDatabase"/>, seeded unless
/// <see cref="Seed"/> says not): made before the test, dropped after it. xunit makes one instance a test.
/// </summary>
public abstract class DatabaseTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected virtual bool Seed => true;

    public virtual async Task InitializeAsync() => Database = await TestDatabase.CreateAsync(Seed);

    public virtual async Task DisposeAsync() => await Database.DisposeAsync();
}
