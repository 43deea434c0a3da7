using Archive.Api.GraphQL.Connections;
using Archive.Application.Querying;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class AgencyEdgeGraphType : ObjectGraphType<EdgeView<AgencyView>>
{
    public AgencyEdgeGraphType()
    {
        Name = "AgencyEdge";
        Description = "An agency in an `agencies` page.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Description("Opaque cursor; pass as `after` to continue after this agency.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<AgencyGraphType>, AgencyView>("node").Description("The agency.").Resolve(c => c.Source.Node);
    }
}
