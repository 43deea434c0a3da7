using Archive.Application.Querying;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class MetricGroupByGraphType : EnumerationGraphType
{
    public MetricGroupByGraphType()
    {
        Name = "MetricGroupBy";
        Description = "A dimension to group metric values by (metric key and unit always group).";
        Add("YEAR", MetricGroupBy.Year, "Reported year.");
        Add("PROVINCE", MetricGroupBy.Province, "The province the reporting agency belongs to.");
        Add("PREFECTURE", MetricGroupBy.Prefecture, "The prefecture the reporting agency belongs to (null for provincial agencies).");
        Add("COUNTY", MetricGroupBy.County, "The county the reporting agency belongs to (null above county level).");
        Add("AGENCY", MetricGroupBy.Agency, "The reporting agency.");
        Add("AGENCY_KIND", MetricGroupBy.AgencyKind, "The kind of reporting agency (metric-dictionary.md §12).");
    }
}
