namespace Archive.Application.Querying;

/// <summary>Dimensions metric aggregations can be grouped by (besides key and unit, which always group).</summary>
public enum MetricGroupBy
{
    Year,
    Province,
    Prefecture,
    County,
    Agency,
    AgencyKind,
}
