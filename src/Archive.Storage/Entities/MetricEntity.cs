using Archive.Core.Reports;

namespace Archive.Storage.Entities;

/// <summary>One statistic of a report, with where it was read.</summary>
public sealed class MetricEntity
{
    public long Id { get; set; }
    public long ReportId { get; set; }
    public ReportEntity? Report { get; set; }

    /// <summary>Key of the metric dictionary, e.g. apply.new.total.</summary>
    public required string Key { get; set; }

    /// <summary>Stored as REAL so SQL can aggregate; counts are exact integers well below 2^53.</summary>
    public double Value { get; set; }

    public string? Unit { get; set; }

    /// <summary>"table" or "prose".</summary>
    public required MetricOrigin Origin { get; set; }

    /// <summary>Start (inclusive) of the source span in the report's normalized text.</summary>
    public int SourceStart { get; set; }

    /// <summary>End (exclusive) of the source span in the report's normalized text.</summary>
    public int SourceEnd { get; set; }

    /// <summary>
    /// The characters as printed that the value was read from, kept only when they differ from the report's normalized
    /// text at [<see cref="SourceStart"/>, <see cref="SourceEnd"/>) (e.g. a line break normalization dropped); null
    /// means "that cut" (<see cref="MetricSources.Text"/>). Issue 25: the copies were over half of the database.
    /// </summary>
    public string? SourceText { get; set; }
}
