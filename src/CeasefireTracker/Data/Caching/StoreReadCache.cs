using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CeasefireTracker.Data.Caching;

/// <summary>
/// Results of whole-set reads (totals, latest claims, chart aggregates) kept between requests, so a page render never
/// waits on a scan of a million reports that an earlier render already did. An entry is used while the store's
/// <see cref="StoreGeneration"/> is the one it was read at; past <see cref="Lifetime"/> it is still served once while
/// it is read again in the background (for changes made by another process, which the generation cannot see).
/// Concurrent misses of one key share one read.
/// </summary>
public sealed class StoreReadCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Filters are many; past this many entries the cache starts over rather than grow without bound.</summary>
    public const int MaxEntries = 1024;

    private readonly ConcurrentDictionary<object, Entry> _entries = new();

    private readonly TimeProvider _clock;
    private readonly Func<long> _generation;

    public StoreReadCache() : this(TimeProvider.System) { }

    public StoreReadCache(TimeProvider clock) : this(clock, () => StoreGeneration.Current) { }

    /// <summary>With a generation of its own, for tests that must not see other tests' saves.</summary>
    internal StoreReadCache(TimeProvider clock, Func<long> generation) => (_clock, _generation) = (clock, generation);

    public int Count => _entries.Count;

    /// <summary>The cached value of <paramref name="key"/>, or the result of <paramref name="read"/>. The read runs
    /// without the caller's cancellation (others may wait on it); the caller stops waiting when cancelled.</summary>
    public async Task<T> GetAsync<T>(object key, Func<CancellationToken, Task<T>> read, CancellationToken ct = default)
    {
        var generation = _generation();
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation && !entry.Failed)
        {
            if (_clock.GetUtcNow() - entry.ReadAt > Lifetime && entry.TryStartRefresh())
                _ = RefreshAsync(key, entry, read);
            return (T)(await entry.Value.WaitAsync(ct))!;
        }

        var fresh = new Entry(generation, _clock.GetUtcNow(), async () => (object?)await read(CancellationToken.None));
        entry = _entries.AddOrUpdate(key, fresh,
            (_, existing) => existing.Generation == generation && !existing.Failed ? existing : fresh);
        if (_entries.Count > MaxEntries) Trim(keep: key);
        return (T)(await entry.Value.WaitAsync(ct))!;
    }

    /// <summary>Drops every entry: the next read of each key goes to the store.</summary>
    public void Clear() => _entries.Clear();

    /// <summary>Drops one entry (a user asked for a fresh figure).</summary>
    public void Forget(object key) => _entries.TryRemove(key, out _);

    private async Task RefreshAsync<T>(object key, Entry stale, Func<CancellationToken, Task<T>> read)
    {
        var generation = _generation();
        try
        {
            var value = await read(CancellationToken.None);
            var fresh = new Entry(generation, _clock.GetUtcNow(), () => Task.FromResult<object?>(value));
            _entries.TryUpdate(key, fresh, stale);
        }
        catch (Exception)
        {
            // The stale value stays until the next miss reads again (and reports the failure to its caller).
            _entries.TryRemove(new KeyValuePair<object, Entry>(key, stale));
        }
    }

    private void Trim(object keep)
    {
        foreach (var key in _entries.Keys)
            if (!Equals(key, keep)) _entries.TryRemove(key, out _);
    }

    private sealed class Entry(long generation, DateTimeOffset readAt, Func<Task<object?>> read)
    {
        private readonly Lazy<Task<object?>> _value = new(read);
        private int _refreshing;

        public long Generation { get; } = generation;
        public DateTimeOffset ReadAt { get; } = readAt;
        public Task<object?> Value => _value.Value;
        public bool Failed => _value.IsValueCreated && (_value.Value.IsFaulted || _value.Value.IsCanceled);

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
