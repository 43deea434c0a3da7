using System.CommandLine;

namespace Archive.Cli.Infrastructure;

/// <summary>Options every command accepts.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data directory (database and index). Default: $ARCHIVE_DATA, else ./index-data",
        Recursive = true,
    };

    public static readonly Option<string?> Db = new("--db")
    {
        Description = "PostgreSQL as the system of record instead of SQLite in the data directory: a libpq connection " +
            "string ('host=HOST dbname=DB user=USER') or a postgres://USER@HOST/DB URL. Default: $ARCHIVE_DB, else SQLite",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Debug logging on stderr",
        Recursive = true,
    };
}
