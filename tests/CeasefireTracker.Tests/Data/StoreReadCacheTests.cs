using CeasefireTracker.Data.Caching;

namespace CeasefireTracker.Tests.Data;

/// <summary>Runs apart from parallel tests: their saves move the process-wide store generation.</summary>
[Collection(CeasefireTracker.Tests.Http.StoreGenerationSensitive.Name)]
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

        Assert.Equal(1, stale);
        // The refresh runs on the thread pool, not on the reader's request: the new value arrives shortly.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await cache.GetAsync("key", CountReads) != 2 && waited.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Yield();
        Assert.Equal(2, await cache.GetAsync("key", CountReads));
        Assert.Equal(2, _reads);
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
    public async Task PastItsSizeLimitTheLeastRecentlyUsedEntriesGoAndBusyOnesStay()
    {
        var cache = NewCache();
        await cache.GetAsync("busy", CountReads);
        for (var i = 0; i <= StoreReadCache.MaxEntries; i++)
        {
            await cache.GetAsync(i, CountReads);
            await cache.GetAsync("busy", CountReads);
        }

        Assert.InRange(cache.Count, StoreReadCache.MaxEntries * 8 / 10, StoreReadCache.MaxEntries);
        var reads = _reads;
        Assert.Equal(1, await cache.GetAsync("busy", CountReads));
        await cache.GetAsync(StoreReadCache.MaxEntries, CountReads);
        Assert.Equal(reads, _reads);
        // The oldest key was dropped, so it is read again.
        await cache.GetAsync(0, CountReads);
        Assert.Equal(reads + 1, _reads);
    }

    [Fact]
    public async Task AConcurrentMissBlocksNoThreadWhileTheReadRunsSynchronously()
    {
        var cache = NewCache();
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        // A read that completes synchronously, as Microsoft.Data.Sqlite's async calls do, and takes its time.
        Task<int> BlockingRead(CancellationToken _)
        {
            started.Set();
            release.Wait(TimeSpan.FromSeconds(10));
            return Task.FromResult(7);
        }

        var first = cache.GetAsync("key", BlockingRead);
        Assert.True(started.Wait(TimeSpan.FromSeconds(5)));
        // Neither the first caller nor a second one was held by the read: both got a task back at once.
        var second = cache.GetAsync("key", BlockingRead);
        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);
        release.Set();

        Assert.Equal(new[] { 7, 7 }, await Task.WhenAll(first, second));
    }

    [Fact]
    public async Task AnEntryIsKeptWhenOnlyATypeItDoesNotReadChanges()
    {
        var cache = new StoreReadCache(_clock);
        var reads = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref reads));
        await cache.GetAsync("sides", [typeof(CeasefireTracker.Domain.Side)], Read);

        StoreGeneration.Advance([typeof(CeasefireTracker.Domain.Statement)]);
        await cache.GetAsync("sides", [typeof(CeasefireTracker.Domain.Side)], Read);
        Assert.Equal(1, reads);

        StoreGeneration.Advance([typeof(CeasefireTracker.Domain.Side)]);
        await cache.GetAsync("sides", [typeof(CeasefireTracker.Domain.Side)], Read);
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task SignInBookkeepingAndAuditEntriesDoNotMoveTheStoreGeneration()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var before = StoreGeneration.Current;

        db.Users.Add(new Microsoft.AspNetCore.Identity.IdentityUser("someone@example.org") { AccessFailedCount = 1 });
        await db.SaveChangesAsync();

        Assert.Equal(before, StoreGeneration.Current);
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
