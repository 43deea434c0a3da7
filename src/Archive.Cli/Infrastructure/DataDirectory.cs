using Archive.Core.Configuration;
using Archive.Storage.Providers;
using Microsoft.Extensions.Configuration;

namespace Archive.Cli.Infrastructure;

/// <summary>
/// Checks the data directory a command is about to use, before anything opens or creates it: a file is not a data
/// directory, and a command that only reads (search, export, reindex) never creates an empty archive where a
/// mistyped --data points.
/// </summary>
public static class DataDirectory
{
    public const string DatabaseFileName = "archive.db";

    /// <summary>The directory the command will use: --data, else $ARCHIVE_DATA, else ./index-data (as <see cref="ArchiveConfiguration"/>).</summary>
    public static string Resolve(string? dataOption)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(ArchiveOptions.DataEnvironmentVariable);
        var effective = dataOption ?? (string.IsNullOrWhiteSpace(fromEnvironment) ? ArchiveOptions.DefaultDataDirectory : fromEnvironment);
        return Path.GetFullPath(effective);
    }

    /// <summary>Null when the command may go on; else the exit code, after one line on stderr saying why.</summary>
    /// <param name="mustHoldArchive">True for commands that only read: the directory must already hold archive.db.</param>
    /// <param name="databaseOption">--db: with PostgreSQL (this or $ARCHIVE_DB or appsettings) the data directory holds only the index.</param>
    public static int? Check(string command, string? dataOption, bool mustHoldArchive, CliContext context, string? databaseOption = null)
    {
        var directory = Resolve(dataOption);
        if (File.Exists(directory))
        {
            context.Error.WriteLine($"archive {command}: {directory} is a file, not a data directory (--data names a folder holding {DatabaseFileName} and index/)");
            return ExitCodes.Error;
        }

        var storage = new ConfigurationBuilder().AddArchiveSources(dataOption, databaseOption).Build()
            [$"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}"];
        if (mustHoldArchive && string.IsNullOrWhiteSpace(storage) && !File.Exists(Path.Combine(directory, DatabaseFileName)))
        {
            context.Error.WriteLine(Directory.Exists(directory)
                ? $"archive {command}: no archive in {directory} (no {DatabaseFileName}); check --data or $ARCHIVE_DATA, or run 'archive ingest' first"
                : $"archive {command}: no data directory {directory}; check --data or $ARCHIVE_DATA, or run 'archive ingest' first");
            return ExitCodes.Error;
        }

        return null;
    }
}
