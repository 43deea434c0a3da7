using Archive.Core.Reports;

namespace Archive.Ingest.Metadata;

/// <summary>Metadata read from a report (§11) with the evidence behind the region.</summary>
internal sealed record ReportMetadata(
    string? Title,
    int? TitleYear,
    string? Agency,
    RegionRef? Region,
    RegionResolution RegionEvidence,
    int? Year,
    string? YearSource,
    PublishedDate? Published)
{
    /// <summary>Where agency and publication date came from, or why they are missing (for the report's notes).</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
}
