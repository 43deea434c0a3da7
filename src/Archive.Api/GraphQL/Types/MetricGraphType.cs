using Archive.Application.Querying;
using Archive.Core.Reports;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class MetricGraphType : ObjectGraphType<MetricView>
{
    public MetricGraphType()
    {
        Name = "Metric";
        Description = "One statistic of a report: a dictionary key, the value as printed, and exactly where it was read.";
        Field<NonNullGraphType<StringGraphType>, string>("key")
            .Description("Stable dotted key of the metric dictionary, e.g. apply.new.total.")
            .Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>, string>("label")
            .Description("The Chinese label of the key (row and column as the template prints them).")
            .ResolveAsync(c => c.MetricLabelAsync(c.Source.Key));
        Field<NonNullGraphType<FloatGraphType>, double>("value")
            .Description("The value as printed, not scaled (251000元 stays 251000 with unit 元). Counts are integers; only *.change keys may be negative.")
            .Resolve(c => c.Source.Value);
        Field<StringGraphType, string?>("unit")
            .Description("The key's unit (件, 条, 项…); for money keys the unit printed (万元 or 元), null if none was printed.")
            .Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<MetricOriginGraphType>, MetricOrigin>("origin")
            .Description("Whether the value came from a table cell or from the prose.")
            .Resolve(c => c.Source.Origin);
        Field<NonNullGraphType<MetricSourceGraphType>, MetricView>("source")
            .Description("Where the value was read: offsets into `Report.text`, the characters as printed, and the sentence around them.")
            .Resolve(c => c.Source);
    }
}
