using Archive.Api.GraphQL.Connections;
using Archive.Application.Querying;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class AgencyConnectionGraphType : ObjectGraphType<ConnectionView<AgencyView>>
{
    public AgencyConnectionGraphType()
    {
        Name = "AgencyConnection";
        Description = "A page of agencies ordered by name (Relay connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyEdgeGraphType>>>, IReadOnlyList<EdgeView<AgencyView>>>("edges")
            .Description("The agencies of this page with their cursors.")
            .WithComplexityImpact(1, 1)
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyGraphType>>>, IEnumerable<AgencyView>>("nodes")
            .Description("The agencies of this page, without cursors.")
            .WithComplexityImpact(1, 1)
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoGraphType>, PageInfoView>("pageInfo").Description("Paging information.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>, int>("totalCount")
            .Description("How many agencies match the filter in all.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }
}
