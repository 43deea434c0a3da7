using Archive.Api.Vocabulary;
using Archive.Core.Metrics;
using Archive.Core.Reports;
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportTemplateGraphType>>>, IReadOnlyList<ReportTemplate>>("templates")
            .Description("Templates whose reports can state the key; a pre-2019 statistics-table or prose key can occur in any report, so it lists all three.")
            .Resolve(c => PublicNames.DictionaryTemplates(c.Source.Templates));
    }
}
