using System.ComponentModel.DataAnnotations;

namespace Archive.Core.Configuration;

/// <summary>Where Archive keeps its data. `--data DIR` and ARCHIVE_DATA both bind to DataDirectory.</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "Archive";
    public const string DefaultDataDirectory = "index-data";
    public const string DataEnvironmentVariable = "ARCHIVE_DATA";

    [Required]
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    /// <summary>The SQLite database, the system of record.</summary>
    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "archive.db");

    /// <summary>The Lucene index root; it can always be rebuilt from the database.</summary>
    public string IndexPath => Path.Combine(Path.GetFullPath(DataDirectory), "index");
}
