using Archive.Search.Querying;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

/// <summary>The `ReportFilter` input: one field per <see cref="ReportFilterFields"/> entry, named, typed and described by it.</summary>
public sealed class ReportFilterInputGraphType : InputObjectGraphType<ReportFilterInput>
{
    public ReportFilterInputGraphType()
    {
        Name = "ReportFilter";
        Description = "Which reports to include; every field is optional and they combine with AND.";
        foreach (var field in ReportFilterFields.All)
        {
            Field(field.Name, GraphTypeOf(field.Kind)).Description(field.Description);
        }
    }

    private static Type GraphTypeOf(FilterValueKind kind) => kind switch
    {
        FilterValueKind.Year => typeof(IntGraphType),
        FilterValueKind.AgencyId => typeof(IdGraphType),
        FilterValueKind.Template => typeof(ReportTemplateGraphType),
        FilterValueKind.Boolean => typeof(BooleanGraphType),
        _ => typeof(StringGraphType),
    };
}
