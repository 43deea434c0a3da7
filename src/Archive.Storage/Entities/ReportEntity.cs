using Archive.Core.Agencies;
using Archive.Core.Reports;

namespace Archive.Storage.Entities;

/// <summary>One stored report: texts, metadata, and the facts extracted from it.</summary>
public sealed class ReportEntity
{
    public long Id { get; set; }

    /// <summary>SHA-256 (hex) of <see cref="NormalizedText"/>; unique, so the same content is stored once.</summary>
    public required string ContentHash { get; set; }

    public required string SourcePath { get; set; }
    public required string FileName { get; set; }
    public required string FileType { get; set; }
    public long FileSize { get; set; }
    public required string FileHash { get; set; }
    public required string Encoding { get; set; }

    public string? Title { get; set; }
    public long? AgencyId { get; set; }
    public AgencyEntity? Agency { get; set; }
    public string? AgencyName { get; set; }
    public AgencyKind? AgencyKind { get; set; }

    /// <summary>The most specific region (GB/T 2260); the three level codes below are derived for filtering.</summary>
    public string? RegionCode { get; set; }
    public RegionEntity? Region { get; set; }
    public string? ProvinceCode { get; set; }
    public string? PrefectureCode { get; set; }
    public string? CountyCode { get; set; }

    public int? Year { get; set; }

    /// <summary>The printed date as ISO digits (may be an impossible date, then flagged).</summary>
    public string? Published { get; set; }

    /// <summary><see cref="Published"/> when it is a real calendar date: for sorting and ranges.</summary>
    public DateOnly? PublishedDate { get; set; }

    public required ReportTemplate Template { get; set; }

    /// <summary>The decoded text as read, before normalization, in its stored form (<see cref="StoredText.EncodeOriginal"/>:
    /// mostly edits of <see cref="NormalizedText"/>); null when it equals <see cref="NormalizedText"/> (958 of 2,000
    /// generated reports). Read it with <see cref="OriginalOrNormalized"/>.</summary>
    public byte[]? OriginalText { get; set; }

    /// <summary>The text every offset refers to. Stored compressed (<see cref="StoredText"/>).</summary>
    public required string NormalizedText { get; set; }
    public string? Notes { get; set; }

    public DateTime IngestedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>False until the search index has committed this version of the report.</summary>
    public bool Indexed { get; set; }

    /// <summary>The original text: <see cref="OriginalText"/> rebuilt where it was kept, else the normalized text it equals.</summary>
    public static string OriginalOrNormalized(byte[]? originalText, string normalizedText) => StoredText.DecodeOriginal(originalText, normalizedText);

    public List<MetricEntity> Metrics { get; set; } = [];
    public List<QualityFlagEntity> Flags { get; set; } = [];

    /// <summary>The template cells with their states; null when stored before cell states were recorded.</summary>
    public ReportCellsEntity? Cells { get; set; }
}
