using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace CeasefireTracker.Data;

/// <summary>
/// The keyset condition of an order by (key, Id): rows whose (key, Id) compares to a position as asked, written the way
/// each store seeks on. PostgreSQL gets a row value comparison, <c>("Key", "Id") &lt; (@key, @id)</c>, which its
/// planner makes one index range; the same condition as <c>Key &lt; @key OR (Key = @key AND Id &lt; @id)</c> it only
/// filters, reading every index entry before the position (58,525 of them for a middle page at 1M reports, 15 ms;
/// docs/performance.md, "PostgreSQL at 1M reports"). SQLite seeks on that OR form (the <c>plans</c> benchmark command),
/// and EF has no row values for it.
/// </summary>
public static class Keyset
{
    /// <summary>
    /// Keeps the rows of <paramref name="query"/> whose (<paramref name="key"/>, Id) is <paramref name="comparison"/>
    /// (LessThan, LessThanOrEqual, GreaterThan or GreaterThanOrEqual) to (<paramref name="keyBound"/>, <paramref name="idBound"/>).
    /// </summary>
    public static IQueryable<T> Where<T, TKey>(TrackerDbContext db, IQueryable<T> query, Expression<Func<T, TKey>> key,
        ExpressionType comparison, TKey keyBound, int idBound) where T : Entity
    {
        var row = key.Parameters[0];
        var id = Expression.Property(row, nameof(Entity.Id));
        // Through a captured object, so EF sends the bounds as parameters and reuses the compiled query.
        var bound = Expression.Constant(new Bound<TKey>(keyBound, idBound));
        var boundKey = Expression.Property(bound, nameof(Bound<TKey>.Key));
        var boundId = Expression.Property(bound, nameof(Bound<TKey>.Id));

        Expression body = db.IsPostgreSql()
            ? RowValueComparison(comparison, key.Body, id, boundKey, boundId)
            : Expression.OrElse(
                Expression.MakeBinary(Strict(comparison), key.Body, boundKey),
                Expression.AndAlso(Expression.Equal(key.Body, boundKey), Expression.MakeBinary(comparison, id, boundId)));
        return query.Where(Expression.Lambda<Func<T, bool>>(body, row));
    }

    private static ExpressionType Strict(ExpressionType comparison) => comparison switch
    {
        ExpressionType.LessThan or ExpressionType.LessThanOrEqual => ExpressionType.LessThan,
        ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual => ExpressionType.GreaterThan,
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "A keyset compares with <, <=, > or >=."),
    };

    /// <summary><c>EF.Functions.LessThan(ValueTuple.Create(key, id), ValueTuple.Create(@key, @id))</c> and its kin (Npgsql).</summary>
    private static MethodCallExpression RowValueComparison(ExpressionType comparison, Expression key, Expression id, Expression boundKey,
        Expression boundId)
    {
        var name = comparison switch
        {
            ExpressionType.LessThan => nameof(NpgsqlDbFunctionsExtensions.LessThan),
            ExpressionType.LessThanOrEqual => nameof(NpgsqlDbFunctionsExtensions.LessThanOrEqual),
            ExpressionType.GreaterThan => nameof(NpgsqlDbFunctionsExtensions.GreaterThan),
            ExpressionType.GreaterThanOrEqual => nameof(NpgsqlDbFunctionsExtensions.GreaterThanOrEqual),
            _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "A keyset compares with <, <=, > or >=."),
        };
        var method = typeof(NpgsqlDbFunctionsExtensions).GetMethod(name, [typeof(DbFunctions), typeof(ITuple), typeof(ITuple)])!;
        return Expression.Call(method, Expression.Property(null, typeof(EF), nameof(EF.Functions)), Pair(key, id), Pair(boundKey, boundId));
    }

    private static UnaryExpression Pair(Expression first, Expression second) =>
        Expression.Convert(Expression.Call(typeof(ValueTuple), nameof(ValueTuple.Create), [first.Type, second.Type], first, second), typeof(ITuple));

    private sealed record Bound<TKey>(TKey Key, int Id);
}
