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

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Debug logging on stderr",
        Recursive = true,
    };
}
