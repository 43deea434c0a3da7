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
    PublishedDate? Published);
