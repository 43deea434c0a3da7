using Archive.Api.Vocabulary;
using Archive.Core.Reports;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class MetricOriginGraphType : EnumerationGraphType
{
    public MetricOriginGraphType()
    {
        Name = "MetricOrigin";
        Description = "Where in the report a value was read.";
        Add(PublicNames.Of(MetricOrigin.Table), MetricOrigin.Table, "A cell of a statistics table.");
        Add(PublicNames.Of(MetricOrigin.Prose), MetricOrigin.Prose, "A figure in the running text.");
    }
}
