using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Data;

/// <summary>A long write's page cache and in-memory statement journals stay with that write: the pooled connection gets its settings back.</summary>
public sealed class LongWriteSettingsTests
{
    [Fact]
    public async Task ALongWriteSetsItsConnectionUpAndPutsItBack()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        await using (await LongWriteSettings.ApplyAsync(db, CancellationToken.None))
        {
            Assert.Equal((-LongWriteSettings.CacheKiB, 2L), (Pragma(connection, "cache_size"), Pragma(connection, "temp_store")));
            await using var transaction = await db.Database.BeginTransactionAsync();
            await transaction.CommitAsync();
        }

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
        await connection.OpenAsync();
        Assert.Equal((-2000L, 0L), (Pragma(connection, "cache_size"), Pragma(connection, "temp_store")));
    }

    private static long Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)command.ExecuteScalar()!;
    }
}
