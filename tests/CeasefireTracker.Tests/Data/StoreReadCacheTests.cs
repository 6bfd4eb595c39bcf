using CeasefireTracker.Data.Caching;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Data;

public sealed class StoreReadCacheTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly ManualClock _clock = new();
    private long _generation;
    private int _reads;

    private StoreReadCache NewCache() => new(_clock, () => Interlocked.Read(ref _generation));

    private Task<int> CountReads(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref _reads));

    [Fact]
    public async Task AKeyIsReadOnceWhileTheStoreIsUnchanged()
    {
        var cache = NewCache();

        var first = await cache.GetAsync("key", CountReads);
        var second = await cache.GetAsync("key", CountReads);

        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task AKeyIsReadAgainOnceTheStoreHasChanged()
    {
        var cache = NewCache();
        await cache.GetAsync("key", CountReads);

        Interlocked.Increment(ref _generation);

        Assert.Equal(2, await cache.GetAsync("key", CountReads));
    }

    [Fact]
    public async Task DifferentKeysAreReadApart()
    {
        var cache = NewCache();

        await cache.GetAsync(("count", 1), CountReads);
        await cache.GetAsync(("count", 2), CountReads);
        await cache.GetAsync(("count", 1), CountReads);

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task ConcurrentMissesShareOneRead()
    {
        var cache = NewCache();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int> SlowRead(CancellationToken _)
        {
            Interlocked.Increment(ref _reads);
            return release.Task;
        }

        var waiting = Enumerable.Range(0, 10).Select(_ => cache.GetAsync("key", SlowRead)).ToList();
        release.SetResult(42);

        Assert.All(await Task.WhenAll(waiting), value => Assert.Equal(42, value));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task AFailedReadIsNotKept()
    {
        var cache = NewCache();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync<int>("key", _ => throw new InvalidOperationException("store unavailable")));

        Assert.Equal(1, await cache.GetAsync("key", CountReads));
    }

    [Fact]
    public async Task PastItsLifetimeAnEntryIsServedOnceMoreWhileItIsReadAgain()
    {
        var cache = NewCache();
        await cache.GetAsync("key", CountReads);
        _clock.Now += StoreReadCache.Lifetime + TimeSpan.FromSeconds(1);

        var stale = await cache.GetAsync("key", CountReads);
        // The refresh ran in the background; CountReads completes synchronously, so it is in place now.
        var refreshed = await cache.GetAsync("key", CountReads);

        Assert.Equal(1, stale);
        Assert.Equal(2, refreshed);
    }

    [Fact]
    public async Task ForgettingAKeyReadsItAgain()
    {
        var cache = NewCache();
        await cache.GetAsync("key", CountReads);

        cache.Forget("key");

        Assert.Equal(2, await cache.GetAsync("key", CountReads));
    }

    [Fact]
    public async Task PastItsSizeLimitTheCacheStartsOverKeepingTheNewestKey()
    {
        var cache = NewCache();
        for (var i = 0; i <= StoreReadCache.MaxEntries; i++)
            await cache.GetAsync(i, CountReads);

        Assert.Equal(1, cache.Count);
        Assert.Equal(StoreReadCache.MaxEntries + 1, await cache.GetAsync(StoreReadCache.MaxEntries, CountReads));
    }

    [Fact]
    public async Task SavingAChangeMovesTheStoreGeneration()
    {
        await using var database = await TestDatabase.CreateAsync();
        var before = StoreGeneration.Current;

        await using (var db = database.CreateContext())
        {
            (await db.Sides.FirstAsync()).Name = "Renamed side";
            await db.SaveChangesAsync();
        }

        Assert.True(StoreGeneration.Current > before);
    }

    [Fact]
    public async Task CommittingATransactionMovesTheStoreGenerationAfterItsSaves()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        (await db.Sides.FirstAsync()).Name = "Renamed side";
        await db.SaveChangesAsync();
        var afterSave = StoreGeneration.Current;

        await transaction.CommitAsync();

        Assert.True(StoreGeneration.Current > afterSave);
    }
}
