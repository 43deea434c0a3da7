using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Connections;

/// <summary>A page of search hits with the total and facet counts over all matches.</summary>
public sealed record SearchConnectionView(IReadOnlyList<SearchEdgeView> Edges, PageInfoView PageInfo, int TotalCount, IReadOnlyList<FacetResult> Facets);
