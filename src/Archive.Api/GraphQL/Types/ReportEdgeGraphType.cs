using Archive.Api.GraphQL.Connections;
using Archive.Application.Querying;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class ReportEdgeGraphType : ObjectGraphType<EdgeView<ReportView>>
{
    public ReportEdgeGraphType()
    {
        Name = "ReportEdge";
        Description = "A report in a `reports` page.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Description("Opaque cursor; pass as `after` to continue after this report.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<ReportGraphType>, ReportView>("node").Description("The report.").Resolve(c => c.Source.Node);
    }
}
