using Archive.Core.Reports;

namespace Archive.Ingest.Pipeline;

/// <summary>The "understand" step: metadata and statistics from decoded report text.</summary>
public interface IReportExtractor
{
    /// <summary>Offsets of the returned metrics index <paramref name="decodedText"/>.</summary>
    ExtractedReport Extract(string decodedText, string fileName);
}
