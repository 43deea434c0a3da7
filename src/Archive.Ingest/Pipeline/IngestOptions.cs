using System.ComponentModel.DataAnnotations;

namespace Archive.Ingest.Pipeline;

public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Files larger than this are reported and skipped (50 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>File patterns picked up when a folder is ingested.</summary>
    [MinLength(1)]
    public string[] FilePatterns { get; set; } = ["*.txt"];
}
