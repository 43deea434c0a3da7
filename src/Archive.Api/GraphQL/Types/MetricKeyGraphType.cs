using Archive.Core.Metrics;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class MetricKeyGraphType : ObjectGraphType<MetricDefinition>
{
    public MetricKeyGraphType()
    {
        Name = "MetricKey";
        Description = "One key of the metric dictionary (metric-dictionary.md Appendix A).";
        Field<NonNullGraphType<StringGraphType>, string>("key")
            .Description("Stable dotted key, e.g. apply.new.total.")
            .Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>, string>("label")
            .Description("Chinese label as the template prints it (row and column).")
            .Resolve(c => c.Source.Label);
        Field<StringGraphType, string?>("unit")
            .Description("Canonical unit; for money keys the printed unit wins, so values may carry another.")
            .Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("templates")
            .Description("Templates the key belongs to: \"2019\", \"2021\", or \"any\" (pre-2019 table or prose).")
            .Resolve(c => c.Source.Templates);
    }
}
