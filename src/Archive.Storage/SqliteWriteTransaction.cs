using Microsoft.Data.Sqlite;

namespace Archive.Storage;

/// <summary>
/// Begins a write transaction (BEGIN IMMEDIATE) on SQLite that survives a BEGIN the driver retried after SQLITE_BUSY.
/// Microsoft.Data.Sqlite steps a busy statement again until its timeout; an extended busy code (BUSY_RECOVERY,
/// BUSY_SNAPSHOT) can leave the first attempt's transaction open, and the retried BEGIN then fails with "cannot start
/// a transaction within a transaction" (SQLITE_ERROR, not busy). Seen once in CI with an upload, an ingest and two
/// reindexes writing at once: the upload failed with an internal error. Such a transaction belongs to no
/// SqliteTransaction and holds nothing yet, so it is rolled back and the BEGIN is run again.
/// </summary>
public static class SqliteWriteTransaction
{
    private const int Attempts = 3;

    public static async Task<SqliteTransaction> BeginAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            }
            catch (SqliteException ex) when (attempt < Attempts && ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_ERROR && InOrphanTransaction(connection))
            {
                using var rollback = connection.CreateCommand();
                rollback.CommandText = "ROLLBACK;";
                await rollback.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>Whether the connection is inside a transaction that no <see cref="SqliteTransaction"/> of it owns.</summary>
    private static bool InOrphanTransaction(SqliteConnection connection) =>
        connection.Handle is { } handle && SQLitePCL.raw.sqlite3_get_autocommit(handle) == 0;
}
