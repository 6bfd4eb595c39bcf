using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeasefireTracker.Data.Caching;

/// <summary>
/// Numbers that move on every change of the store's records committed through EF in this process: one per record
/// type, and <see cref="Current"/> for all of them. Cached reads remember the generation of the types they read and
/// are read again once it has moved, so an analyst's edit shows at once, while a change elsewhere (another record
/// type, sign-in bookkeeping in the Identity tables, audit entries, seed stamps) leaves them be. Process-wide on
/// purpose: it needs no service wiring in the DbContext (tests build contexts from bare options).
/// </summary>
public static class StoreGeneration
{
    private static readonly ConcurrentDictionary<Type, StrongBox<long>> ByType = new();
    private static long _records;

    /// <summary>Moves on a change of any record type.</summary>
    public static long Current => Interlocked.Read(ref _records);

    /// <summary>A number that moves whenever a change of any of <paramref name="types"/> is committed.</summary>
    public static long Of(IReadOnlyCollection<Type> types)
    {
        long sum = 0;
        foreach (var type in types) sum += Interlocked.Read(ref Box(type).Value);
        return sum;
    }

    /// <summary>Whether a change of <paramref name="type"/> concerns readers: the app's records, not accounts or audit.</summary>
    public static bool IsRecord(Type type) =>
        type.Namespace == typeof(Entity).Namespace && type != typeof(AuditEntry);

    /// <summary>Moves the generations of <paramref name="types"/>; of every record type when null (a change EF could not see).</summary>
    public static void Advance(IReadOnlyCollection<Type>? types = null)
    {
        if (types is null)
        {
            foreach (var box in ByType.Values) Interlocked.Increment(ref box.Value);
            Interlocked.Increment(ref _records);
            return;
        }

        var records = false;
        foreach (var type in types)
        {
            if (!IsRecord(type)) continue;
            Interlocked.Increment(ref Box(type).Value);
            records = true;
        }

        if (records) Interlocked.Increment(ref _records);
    }

    private static StrongBox<long> Box(Type type) => ByType.GetOrAdd(type, _ => new StrongBox<long>());
}

/// <summary>
/// Advances <see cref="StoreGeneration"/> for the types a save changed, after the save and again after the commit (a
/// save inside a transaction is not visible to other connections until the commit, and a read in between must not be
/// cached as current). A transaction that commits with no save seen (raw SQL) moves every record type.
/// </summary>
internal sealed class StoreGenerationInterceptor : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly StoreGenerationInterceptor Instance = new();

    private static readonly ConditionalWeakTable<DbContext, HashSet<Type>> Pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A save that goes around EF's (<see cref="NewRecordRows"/>) calls this before it writes, as EF's save calls SavingChanges...</summary>
    internal static void BeforeOwnSave(DbContext context) => Collect(context);

    /// <summary>... and this after, as SavedChanges.</summary>
    internal static void AfterOwnSave(DbContext context) => Saved(context);

    private static void Collect(DbContext? context)
    {
        if (context is null) return;
        var types = Pending.GetOrCreateValue(context);
        lock (types)
            foreach (var entry in context.ChangeTracker.Entries())
                if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                    types.Add(entry.Metadata.ClrType);
    }

    private static void Saved(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var types)) return;
        lock (types) StoreGeneration.Advance([.. types]);
        // Outside a transaction of the caller's, the save has committed: nothing is pending any more.
        if (context.Database.CurrentTransaction is null) lock (types) types.Clear();
    }

    private static void Committed(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var types))
        {
            StoreGeneration.Advance();
            return;
        }

        lock (types)
        {
            StoreGeneration.Advance(types.Count == 0 ? null : [.. types]);
            types.Clear();
        }
    }
}
