using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeasefireTracker.Data.Caching;

/// <summary>
/// A number that moves on every change committed to the store through EF in this process. Cached reads remember the
/// generation they were read at and are read again once it has moved, so an analyst's edit shows at once.
/// Process-wide on purpose: a save anywhere makes every cache read again, which errs on the fresh side, and it needs
/// no service wiring in the DbContext (tests build contexts from bare options).
/// </summary>
public static class StoreGeneration
{
    private static long _value;

    public static long Current => Interlocked.Read(ref _value);

    public static void Advance() => Interlocked.Increment(ref _value);
}

/// <summary>Advances <see cref="StoreGeneration"/> after a save and after a commit (a save inside a transaction is
/// not visible to other connections until the commit, and a read in between must not be cached as current).</summary>
internal sealed class StoreGenerationInterceptor : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly StoreGenerationInterceptor Instance = new();

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        StoreGeneration.Advance();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        StoreGeneration.Advance();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => StoreGeneration.Advance();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        StoreGeneration.Advance();
        return Task.CompletedTask;
    }
}
