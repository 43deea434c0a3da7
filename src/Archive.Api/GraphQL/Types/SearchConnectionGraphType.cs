using Archive.Api.GraphQL.Connections;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class SearchConnectionGraphType : ObjectGraphType<SearchConnectionView>
{
    public SearchConnectionGraphType()
    {
        Name = "SearchConnection";
        Description = "A page of search hits (Relay connection) with facet counts over all matches.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchEdgeGraphType>>>, IReadOnlyList<SearchEdgeView>>("edges")
            .Description("The hits of this page, best first.")
            .WithComplexityImpact(1, 1)
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>, PageInfoView>("pageInfo").Description("Paging information.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>, int>("totalCount").Description("How many reports match in all.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetGraphType>>>, IReadOnlyList<FacetView>>("facets")
            .Description("Counts over all matches for each facet requested with the `facets` argument.")
            .WithComplexityImpact(1, 1)
            .Resolve(c => c.Source.Facets);
    }
}
