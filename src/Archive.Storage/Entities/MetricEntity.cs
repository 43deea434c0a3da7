using Archive.Core.Reports;

namespace Archive.Storage.Entities;

/// <summary>One statistic of a report, with where it was read. A row is keyed by its report and its place among the report's metrics.</summary>
public sealed class MetricEntity
{
    public long ReportId { get; set; }
    public ReportEntity? Report { get; set; }

    /// <summary>Position among the report's metrics, from 0, in the order the extractor gave them (the order they are served in).</summary>
    public int Ordinal { get; set; }

    /// <summary>The metric's key (<see cref="MetricKeyEntity"/>), e.g. the id of apply.new.total.</summary>
    public int KeyId { get; set; }
    public MetricKeyEntity? MetricKey { get; set; }

    /// <summary>Stored as REAL so SQL can aggregate; counts are exact integers well below 2^53.</summary>
    public double Value { get; set; }

    public string? Unit { get; set; }

    /// <summary>Table or prose, stored as a small integer (<see cref="MetricOriginConverter"/>).</summary>
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
