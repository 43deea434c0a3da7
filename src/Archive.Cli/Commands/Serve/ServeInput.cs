namespace Archive.Cli.Commands.Serve;

/// <param name="SampleSize">Reports to generate and ingest when the archive is empty (0: none).</param>
public sealed record ServeInput(string Urls, string? DataDirectory, bool Verbose, int SampleSize)
{
    /// <summary>--db: a PostgreSQL connection, or null for $ARCHIVE_DB / SQLite.</summary>
    public string? Database { get; init; }

    /// <summary>--db-read: a read-only PostgreSQL connection for reads, or null for $ARCHIVE_DB_READ / --db.</summary>
    public string? ReadDatabase { get; init; }
}
