using Archive.Search.Facets;

namespace Archive.Api.GraphQL.Connections;

/// <summary>A page of search hits with the total and the requested facets' counts over all matches.</summary>
public sealed record SearchConnectionView(IReadOnlyList<SearchEdgeView> Edges, PageInfoView PageInfo, int TotalCount, IReadOnlyList<FacetView> Facets);

/// <summary>One requested facet (a <see cref="FacetNames"/> name) and the index's counts for it, largest first.</summary>
public sealed record FacetView(string Name, IReadOnlyList<FacetValue> Values);
