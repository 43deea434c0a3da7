using Archive.Core.Agencies;

namespace Archive.Application.Querying;

/// <summary>
/// One group of a metric aggregation. Dimensions not grouped by are null. Values of different units
/// (e.g. 万元 and 元) are never added together: the unit is part of every group.
/// </summary>
/// <param name="Count">How many metric values were aggregated.</param>
/// <param name="ReportCount">How many distinct reports contributed.</param>
public sealed record MetricGroup(
    string Key,
    string? Unit,
    int? Year,
    string? ProvinceCode,
    string? PrefectureCode,
    string? CountyCode,
    long? AgencyId,
    AgencyKind? AgencyKind,
    double Sum,
    double Average,
    double Min,
    double Max,
    int Count,
    int ReportCount);
