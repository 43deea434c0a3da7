namespace Archive.Ingest.Readers;

/// <summary>Bounds that keep one hostile or broken document from taking the machine's memory or time.</summary>
public sealed record DocumentReaderLimits
{
    /// <summary>A .docx whose zip holds more entries than this is refused (real reports hold a few dozen).</summary>
    public int MaxArchiveEntries { get; init; } = 1_000;

    /// <summary>The most bytes one zip entry (word/document.xml) may expand to; a zip bomb stops here.</summary>
    public long MaxArchiveEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most bytes all entries of a zip may declare together.</summary>
    public long MaxArchiveTotalBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>PDFs with more pages than this are refused.</summary>
    public int MaxPdfPages { get; init; } = 2_000;
}
