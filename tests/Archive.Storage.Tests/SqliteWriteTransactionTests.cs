using Archive.Testing;
using Microsoft.Data.Sqlite;

namespace Archive.Storage.Tests;

/// <summary>
/// A write transaction begins on a connection that a retried BEGIN left inside a transaction no SqliteTransaction
/// owns (the state behind CI's "cannot start a transaction within a transaction"; the race that makes it is not
/// reproducible on demand, so the state is made directly with a bare BEGIN).
/// </summary>
public sealed class SqliteWriteTransactionTests : IDisposable
{
    private readonly TempDirectory _temp = new("archive-sqlite-tx");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task ConnectionLeftInsideAnOrphanTransaction_BeginsAgainAndCommits()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.File("tx.db")}");
        await connection.OpenAsync();
        await ExecuteAsync(connection, null, "CREATE TABLE t (v INTEGER);");
        await ExecuteAsync(connection, null, "BEGIN;");

        await Assert.ThrowsAsync<SqliteException>(async () => await connection.BeginTransactionAsync());

        await using (var transaction = await SqliteWriteTransaction.BeginAsync(connection, CancellationToken.None))
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO t VALUES (7);");
            await transaction.CommitAsync();
        }

        await using var other = new SqliteConnection($"Data Source={_temp.File("tx.db")};Pooling=False");
        await other.OpenAsync();
        await using var count = other.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t WHERE v = 7;";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
