namespace Archive.Storage.Providers;

/// <summary>
/// Which database is the system of record. No connection string: SQLite in the data directory (the default, nothing
/// to install). A PostgreSQL connection string (libpq <c>key=value</c> words, a <c>postgres://</c> URL, or Npgsql's own
/// <c>Key=Value;</c> form) selects PostgreSQL. `--db` and ARCHIVE_DB both bind to <see cref="ConnectionString"/>.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string DatabaseEnvironmentVariable = "ARCHIVE_DB";
    public const string ReadDatabaseEnvironmentVariable = "ARCHIVE_DB_READ";

    public string? ConnectionString { get; set; }

    /// <summary>
    /// `--db-read` / ARCHIVE_DB_READ: a read-only connection (a streaming standby) that readers use while every write
    /// (the store, migrations, saved searches) goes to <see cref="ConnectionString"/>. PostgreSQL only.
    /// </summary>
    public string? ReadConnectionString { get; set; }

    public StorageProvider Provider => string.IsNullOrWhiteSpace(ConnectionString) ? StorageProvider.Sqlite : StorageProvider.PostgreSql;
}

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
