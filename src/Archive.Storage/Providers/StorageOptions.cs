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

    public string? ConnectionString { get; set; }

    public StorageProvider Provider => string.IsNullOrWhiteSpace(ConnectionString) ? StorageProvider.Sqlite : StorageProvider.PostgreSql;
}

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
