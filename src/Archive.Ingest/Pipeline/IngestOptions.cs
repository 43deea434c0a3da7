using System.ComponentModel.DataAnnotations;
using Archive.Ingest.Readers;

namespace Archive.Ingest.Pipeline;

public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Files larger than this are reported and skipped (50 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// File patterns picked up when a folder is ingested (matched case-insensitively). The content decides how a
    /// file is read; .doc is listed so a legacy Word file is reported as unsupported rather than silently skipped.
    /// Markdown is how PDF and Word converters hand reports on, and government sites serve pages as .shtml: a
    /// folder of either was skipped without a word, though each file named alone was read.
    /// </summary>
    [MinLength(1)]
    public string[] FilePatterns { get; set; } = ["*.txt", "*.md", "*.markdown", "*.pdf", "*.docx", "*.doc", "*.html", "*.htm", "*.shtml", "*.xhtml"];

    /// <summary>A .docx zip with more entries than this is refused.</summary>
    [Range(1, int.MaxValue)]
    public int MaxArchiveEntries { get; set; } = 1_000;

    /// <summary>The most bytes one zip entry of a .docx may expand to (zip-bomb bound, 64 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxArchiveEntryBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>PDFs with more pages than this are refused.</summary>
    [Range(1, int.MaxValue)]
    public int MaxPdfPages { get; set; } = 2_000;

    /// <summary>
    /// How long reading one document may take before it is refused (20 s: a real 300-page PDF reads in about 2 s;
    /// under the API's 15 s request timeout plus margin the batch is never held for long).
    /// </summary>
    public TimeSpan DocumentTimeBudget { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The reader limits these options set.</summary>
    public DocumentReaderLimits DocumentLimits() => new()
    {
        MaxArchiveEntries = MaxArchiveEntries,
        MaxArchiveEntryBytes = MaxArchiveEntryBytes,
        MaxArchiveTotalBytes = Math.Max(MaxArchiveEntryBytes, 4 * MaxArchiveEntryBytes),
        MaxPdfPages = MaxPdfPages,
    };
}
