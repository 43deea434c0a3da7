using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Archive.Storage.Interceptors;

/// <summary>
/// Sets the PRAGMAs Archive relies on whenever a connection opens: WAL (readers never block the writer,
/// and a killed process leaves a consistent file), NORMAL sync (safe with WAL), a busy timeout so
/// `ingest` and `serve` can share the file, and foreign keys.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
