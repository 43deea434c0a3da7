namespace Archive.Search.Facets;

/// <summary>One facet bucket: a value and how many matching reports have it.</summary>
public sealed record FacetValue(string Value, int Count);
