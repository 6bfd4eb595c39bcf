using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CeasefireTracker.Data.Caching;

/// <summary>
/// Results of whole-set reads (totals, latest claims, chart aggregates) kept between requests, so a page render never
/// waits on a scan that an earlier render already did. An entry is used while the <see cref="StoreGeneration"/> of the
/// record types it depends on is the one it was read at (all record types unless the caller names them); past
/// <see cref="Lifetime"/> it is still served while it is read again on the thread pool (for changes made by another
/// process, which the generation cannot see). Concurrent misses of one key await one read, and no caller's thread runs
/// it: Microsoft.Data.Sqlite's async calls complete synchronously, so a read started on a request would hold it.
/// Past <see cref="MaxEntries"/> the least recently used entries are dropped.
/// </summary>
public sealed class StoreReadCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Filters are many; past this many entries the least recently used tenth is dropped.</summary>
    public const int MaxEntries = 1024;

    private readonly ConcurrentDictionary<object, Entry> _entries = new();
    private readonly TimeProvider _clock;
    private readonly Func<IReadOnlyCollection<Type>?, long> _generation;
    private readonly Lock _trimming = new();
    private long _uses;

    public StoreReadCache() : this(TimeProvider.System) { }

    public StoreReadCache(TimeProvider clock) : this(clock, types => types is null ? StoreGeneration.Current : StoreGeneration.Of(types)) { }

    /// <summary>With a generation of its own, for tests that must not see other tests' saves.</summary>
    internal StoreReadCache(TimeProvider clock, Func<long> generation) : this(clock, _ => generation()) { }

    internal StoreReadCache(TimeProvider clock, Func<IReadOnlyCollection<Type>?, long> generation) => (_clock, _generation) = (clock, generation);

    public int Count => _entries.Count;

    /// <summary>The cached value of <paramref name="key"/>, or the result of <paramref name="read"/>, kept until any record changes.</summary>
    public Task<T> GetAsync<T>(object key, Func<CancellationToken, Task<T>> read, CancellationToken ct = default) =>
        GetAsync(key, null, read, ct);

    /// <summary>
    /// The cached value of <paramref name="key"/>, or the result of <paramref name="read"/>, kept until a record of one
    /// of <paramref name="dependsOn"/> changes. The read runs without the caller's cancellation (others may wait on
    /// it); the caller stops waiting when cancelled.
    /// </summary>
    public async Task<T> GetAsync<T>(object key, IReadOnlyCollection<Type>? dependsOn, Func<CancellationToken, Task<T>> read,
        CancellationToken ct = default)
    {
        var generation = _generation(dependsOn);
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation && !entry.Failed)
        {
            entry.Touch(Interlocked.Increment(ref _uses));
            if (_clock.GetUtcNow() - entry.ReadAt > Lifetime && entry.TryStartRefresh())
                _ = Task.Run(() => RefreshAsync(key, entry, dependsOn, read));
            return (T)(await entry.Value.WaitAsync(ct))!;
        }

        var fresh = new Entry(generation, _clock.GetUtcNow(), () => Start(read));
        entry = _entries.AddOrUpdate(key, fresh,
            (_, existing) => existing.Generation == generation && !existing.Failed ? existing : fresh);
        entry.Touch(Interlocked.Increment(ref _uses));
        if (_entries.Count > MaxEntries) Trim();
        return (T)(await entry.Value.WaitAsync(ct))!;
    }

    /// <summary>Drops every entry: the next read of each key goes to the store.</summary>
    public void Clear() => _entries.Clear();

    /// <summary>Drops one entry (a user asked for a fresh figure).</summary>
    public void Forget(object key) => _entries.TryRemove(key, out _);

    // Task.Run: the read's synchronous part (all of it, with SQLite) runs on the pool, not on the thread that asked.
    private static Task<object?> Start<T>(Func<CancellationToken, Task<T>> read) =>
        Task.Run(async () => (object?)await read(CancellationToken.None));

    private async Task RefreshAsync<T>(object key, Entry stale, IReadOnlyCollection<Type>? dependsOn, Func<CancellationToken, Task<T>> read)
    {
        var generation = _generation(dependsOn);
        try
        {
            var value = await read(CancellationToken.None);
            var fresh = new Entry(generation, _clock.GetUtcNow(), () => Task.FromResult<object?>(value));
            fresh.Touch(stale.LastUse);
            _entries.TryUpdate(key, fresh, stale);
        }
        catch (Exception)
        {
            // The stale value stays until the next miss reads again (and reports the failure to its caller).
            _entries.TryRemove(new KeyValuePair<object, Entry>(key, stale));
        }
    }

    /// <summary>Drops the least recently used tenth, so a burst of new filters does not empty the cache of busy pages.</summary>
    private void Trim()
    {
        if (!_trimming.TryEnter()) return;
        try
        {
            var excess = _entries.Count - MaxEntries + MaxEntries / 10;
            if (excess <= 0) return;
            foreach (var (key, _) in _entries.ToArray().OrderBy(e => e.Value.LastUse).Take(excess))
                _entries.TryRemove(key, out _);
        }
        finally
        {
            _trimming.Exit();
        }
    }

    private sealed class Entry(long generation, DateTimeOffset readAt, Func<Task<object?>> read)
    {
        // The factory only starts a task, so a thread asking for the value while another creates it waits microseconds.
        private readonly Lazy<Task<object?>> _value = new(read);
        private int _refreshing;
        private long _lastUse;

        public long Generation { get; } = generation;
        public DateTimeOffset ReadAt { get; } = readAt;
        public Task<object?> Value => _value.Value;
        public bool Failed => _value.IsValueCreated && (_value.Value.IsFaulted || _value.Value.IsCanceled);
        public long LastUse => Interlocked.Read(ref _lastUse);

        public void Touch(long use) => Interlocked.Exchange(ref _lastUse, use);

        public bool TryStartRefresh() => Interlocked.Exchange(ref _refreshing, 1) == 0;
    }
}

public static class StoreReadCacheExtensions
{
    /// <summary>One cache for the app; each feature that reads through it asks for it, so the first one adds it.</summary>
    public static IServiceCollection AddStoreReadCache(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StoreReadCache>();
        return services;
    }
}
