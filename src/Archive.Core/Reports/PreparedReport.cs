namespace Archive.Core.Reports;

/// <summary>
/// A report ready to store: its texts, what was understood from it, and its metrics with offsets into
/// <see cref="NormalizedText"/> (the stored text every offset refers to).
/// </summary>
/// <param name="ContentHash">SHA-256 (hex) of the normalized text: the identity for idempotent re-ingest.</param>
/// <param name="Metrics">Metrics whose Start/End index <see cref="NormalizedText"/>; Source stays the characters as printed.</param>
public sealed record PreparedReport(
    string SourcePath,
    string ContentHash,
    string OriginalText,
    string NormalizedText,
    ExtractedReport Extracted,
    IReadOnlyList<ExtractedMetric> Metrics,
    SourceFileInfo SourceFile)
{
    /// <summary>
    /// The template cells with their states (<see cref="ExtractedReport.Cells"/>), with Start/End mapped to
    /// <see cref="NormalizedText"/> (-1 where nothing was printed); Printed stays the characters as printed.
    /// </summary>
    public IReadOnlyList<TableCell> Cells { get; init; } = [];
}

/// <summary>What the original file was: its type, size, encoding and byte hash.</summary>
public sealed record SourceFileInfo(string FileType, long SizeBytes, string Encoding, string FileHash);
